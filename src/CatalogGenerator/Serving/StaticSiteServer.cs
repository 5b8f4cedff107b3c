using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FleetCatalog.Serving;

/// <summary>
/// Serves a built site folder over HTTP on 127.0.0.1 only, the way a static host would (see
/// <see cref="SiteFolder"/>): for the browser tests and for looking at a build locally. Every response
/// says <c>Cache-Control: no-cache</c>, so a rebuilt page is never shown stale. Quiet unless given a log.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SiteFolder _site;
    private readonly Action<string>? _log;

    private StaticSiteServer(WebApplication app, SiteFolder site, Action<string>? log)
    {
        _app = app;
        _site = site;
        _log = log;
    }

    /// <summary>The server's address, with the real port and a trailing slash (<c>http://127.0.0.1:41234/</c>).</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The real path of the folder being served.</summary>
    public string Folder => _site.Root;

    /// <param name="folder">The built site.</param>
    /// <param name="port">The port on 127.0.0.1; 0 picks a free one (see <see cref="Url"/>).</param>
    /// <param name="log">Gets one line per request ("GET /x/ 200"); null logs nothing.</param>
    /// <param name="middleware">Runs before the static files (and may answer, or change what they send): <c>catalog serve</c>'s live reload.</param>
    public static async Task<StaticSiteServer> StartAsync(
        string folder, int port = 0, Action<string>? log = null, Func<RequestDelegate, RequestDelegate>? middleware = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        var site = new SiteFolder(folder);

        // The empty builder has no logging providers, no configuration files and no console lifetime:
        // it starts in milliseconds and prints nothing, which tests that start many servers need.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = site.Root });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        var server = new StaticSiteServer(app, site, log);
        if (middleware is not null)
        {
            app.Use(middleware);
        }

        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        // Browsers keep connections open; waiting a second for them at most keeps test runs quick.
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
        {
            await _app.StopAsync(stop.Token);
        }

        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
        }
        else
        {
            var lookup = _site.Find(request.Path.Value ?? "/");
            switch (lookup.Kind)
            {
                case SiteLookupKind.File:
                    await SendAsync(context, lookup.FilePath!, StatusCodes.Status200OK);
                    break;
                case SiteLookupKind.Redirect:
                    response.StatusCode = StatusCodes.Status301MovedPermanently;
                    response.Headers.Location = lookup.Location + request.QueryString.ToUriComponent();
                    break;
                default:
                    if (_site.NotFoundPage() is { } page)
                    {
                        await SendAsync(context, page, StatusCodes.Status404NotFound);
                    }
                    else
                    {
                        response.StatusCode = StatusCodes.Status404NotFound;
                    }

                    break;
            }
        }

        _log?.Invoke($"{request.Method} {request.Path.ToUriComponent()}{request.QueryString.ToUriComponent()} {response.StatusCode}");
    }

    private static async Task SendAsync(HttpContext context, string file, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = SiteContentTypes.For(file);
        response.ContentLength = new FileInfo(file).Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.SendFileAsync(file, context.RequestAborted);
        }
    }
}
