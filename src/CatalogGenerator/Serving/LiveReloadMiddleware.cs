using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace FleetCatalog.Serving;

/// <summary>
/// <c>catalog serve</c>'s live reload, in front of <see cref="StaticSiteServer"/>: serves the script and the
/// event stream under <c>/__catalog/</c>, and adds the script to every HTML page as it is sent (the files on
/// disk never change, so a preview's pages stay the same as <c>catalog build</c>'s). Before the first build every
/// page is <see cref="BuildingPage"/>.
/// </summary>
internal sealed class LiveReloadMiddleware(LiveReloadHub hub)
{
    public const string ScriptPath = "/__catalog/live-reload.js";
    public const string EventsPath = "/__catalog/events";

    /// <summary>What goes before <c>&lt;/body&gt;</c>: an external script, as the pages' policy allows no inline one.</summary>
    public const string ScriptTag = $"<script src=\"{ScriptPath}\"></script>";

    private static readonly byte[] Script = Resource("live-reload.js");

    public RequestDelegate Wrap(RequestDelegate next) => context => InvokeAsync(context, next);

    /// <summary>The page with the script before its last <c>&lt;/body&gt;</c>; unchanged when it has none.</summary>
    public static string Inject(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html : string.Concat(html.AsSpan(0, end), ScriptTag, html.AsSpan(end));
    }

    private async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value;
        if (path == ScriptPath)
        {
            await SendScriptAsync(context);
            return;
        }

        if (path == EventsPath)
        {
            await StreamAsync(context);
            return;
        }

        if (hub.Building && BuildingPage.IsPageRequest(context.Request))
        {
            await BuildingPage.SendAsync(context);
            return;
        }

        // The page is taken into memory so its length can change: site pages are small, and this is a preview.
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        var isHtml = response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        if (isHtml && HttpMethods.IsHead(context.Request.Method))
        {
            response.ContentLength = null;
        }
        else if (isHtml)
        {
            var page = Encoding.UTF8.GetBytes(Inject(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)));
            response.ContentLength = page.Length;
            await original.WriteAsync(page, context.RequestAborted);
        }
        else
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }

    /// <summary>Sends <paramref name="body"/> (headers only for HEAD), never sniffed as another type.</summary>
    internal static async Task SendAsync(HttpContext context, byte[] body, string contentType, string cacheControl)
    {
        var response = context.Response;
        response.Headers.CacheControl = cacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static Task SendScriptAsync(HttpContext context) => SendAsync(context, Script, "text/javascript; charset=utf-8", "no-cache");

    private async Task StreamAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        response.ContentType = "text/event-stream; charset=utf-8";
        var events = hub.Subscribe(out var unsubscribe);
        try
        {
            // "retry" makes a page reconnect within a second when serve is restarted.
            await response.WriteAsync("retry: 1000\n: connected\n\n", context.RequestAborted);
            if (context.Request.Query.ContainsKey(BuildingPage.EventsQuery) && !hub.Building)
            {
                // The building page was sent, then the first build went live before the page listened: it missed that reload.
                await response.WriteAsync(new LiveReloadEvent(LiveReloadEvent.Reload, "{}").ToWire(), context.RequestAborted);
            }

            await response.Body.FlushAsync(context.RequestAborted);
            if (events is null)
            {
                return;
            }

            await foreach (var message in events.ReadAllAsync(context.RequestAborted))
            {
                await response.WriteAsync(message.ToWire(), context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The page went away.
        }
        finally
        {
            unsubscribe();
        }
    }

    /// <summary>A file built into the tool from <c>Serving/</c>.</summary>
    internal static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"FleetCatalog.Serving.{name}")
            ?? throw new InvalidOperationException($"The tool was built without Serving/{name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
