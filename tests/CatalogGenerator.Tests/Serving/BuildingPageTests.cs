using System.Net;
using FleetCatalog.Serving;
using FleetCatalog.Tests.Cli;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Serving;

/// <summary><c>catalog serve</c>'s server before its first build: a "building" page with live reload for every page, not a 404.</summary>
public sealed class BuildingPageTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _site = new();
    private readonly LiveReloadHub _hub = new(building: true);
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private StaticSiteServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await StaticSiteServer.StartAsync(_site.Path, middleware: new LiveReloadMiddleware(_hub).Wrap);

    [Theory]
    [InlineData("/")]
    [InlineData("/projects/hello/")]
    [InlineData("/projects/hello")]
    [InlineData("/status/index.html")]
    public async Task Every_page_is_the_building_page_with_the_live_reload_script_until_the_first_build(string path)
    {
        using var response = await _http.GetAsync(new Uri(_server.Url, path));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.NotNull(response.Headers.RetryAfter);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Building the site…</h1>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"catalog-serve-building\"", page, StringComparison.Ordinal);
        Assert.Contains(LiveReloadMiddleware.ScriptTag + "</body>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_other_than_pages_are_not_replaced()
    {
        using var response = await _http.GetAsync(new Uri(_server.Url, "/assets/site.css"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_first_build_reloads_the_building_page_into_the_site()
    {
        await using var events = await EventStreamListener.ConnectAsync(new Uri(_server.Url, LiveReloadMiddleware.EventsPath + "?" + BuildingPage.EventsQuery));
        _site.Write("index.html", "<!DOCTYPE html><title>home</title><body><p>the site</p></body>");

        _hub.Reload();

        await events.NextAsync(LiveReloadEvent.Reload, TimeSpan.FromSeconds(10));
        var home = await _http.GetStringAsync(_server.Url);
        Assert.Contains("<p>the site</p>" + LiveReloadMiddleware.ScriptTag, home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_building_page_that_listens_only_after_the_first_build_still_hears_to_reload()
    {
        _site.Write("index.html", "<!DOCTYPE html><title>home</title><body></body>");
        _hub.Reload();

        await using var late = await EventStreamListener.ConnectAsync(new Uri(_server.Url, LiveReloadMiddleware.EventsPath + "?" + BuildingPage.EventsQuery));

        Assert.Equal("{}", await late.NextAsync(LiveReloadEvent.Reload, TimeSpan.FromSeconds(10)));
    }

    public async Task DisposeAsync()
    {
        _hub.Close();
        await _server.DisposeAsync();
    }

    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }
}
