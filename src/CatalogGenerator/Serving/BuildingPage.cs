using System.Text;
using Microsoft.AspNetCore.Http;

namespace FleetCatalog.Serving;

/// <summary>
/// What <c>catalog serve</c> answers for every page until its first build is live: a page saying so, with the live-reload
/// script, so it turns into the site by itself. 503 with Retry-After, as the site is not there yet.
/// </summary>
internal static class BuildingPage
{
    /// <summary>The query the page's event stream carries, so a page that connects just after the first build still reloads.</summary>
    public const string EventsQuery = "building";

    private static readonly byte[] Html = Encoding.UTF8.GetBytes(LiveReloadMiddleware.Inject(Encoding.UTF8.GetString(LiveReloadMiddleware.Resource("building.html"))));

    /// <summary>A request a browser makes for a page: a folder (<c>/x/</c>), a path without extension, or an <c>.html</c> file.</summary>
    public static bool IsPageRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        var path = request.Path.Value ?? "/";
        var extension = Path.GetExtension(path[(path.LastIndexOf('/') + 1)..]);
        return extension.Length == 0 || extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
    }

    public static Task SendAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "2";
        return LiveReloadMiddleware.SendAsync(context, Html, "text/html; charset=utf-8", "no-store");
    }
}
