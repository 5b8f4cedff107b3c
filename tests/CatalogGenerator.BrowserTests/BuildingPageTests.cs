using FleetCatalog.Serving;
using FleetCatalog.Tests.Testing;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

/// <summary><c>catalog serve</c>'s page before its first build, in a real browser: it turns into the site, or shows the failure.</summary>
public sealed class BuildingPageTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _site = new();
    private readonly LiveReloadHub _hub = new(building: true);
    private StaticSiteServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _server = await StaticSiteServer.StartAsync(_site.Path, middleware: new LiveReloadMiddleware(_hub).Wrap);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions(Chromium.ExecutablePath()));
    }

    [Fact]
    public async Task The_building_page_becomes_the_site_when_the_first_build_is_live()
    {
        var page = await OpenBuildingPageAsync();

        _site.Write("projects/hello/index.html", "<!DOCTYPE html><html lang=\"en\"><title>Hello</title><body><h1>Hello, built</h1></body></html>");
        _hub.Reload();

        await page.WaitForFunctionAsync("() => document.title === 'Hello'", null, new PageWaitForFunctionOptions { Timeout = (float)Soon.TotalMilliseconds });
        Assert.Equal("Hello, built", await page.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task A_failed_first_build_is_shown_on_the_building_page_as_the_first_build_not_the_last_good_one()
    {
        var page = await OpenBuildingPageAsync();

        _hub.Failed(2);

        var banner = page.Locator("#catalog-serve-banner[role=alert]");
        await banner.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Soon.TotalMilliseconds });
        var text = await banner.TextContentAsync();
        Assert.Contains("The first build failed with 2 errors", text, StringComparison.Ordinal);
        Assert.DoesNotContain("last good build", text, StringComparison.Ordinal);
        Assert.Equal("Building the site…", await page.Locator("h1").TextContentAsync());
    }

    public async Task DisposeAsync()
    {
        _hub.Close();
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose() => _site.Dispose();

    // Open, and listening to the events (the hub counts it), so nothing sent afterwards is missed.
    private async Task<IPage> OpenBuildingPageAsync()
    {
        var page = await _browser.NewPageAsync();
        var response = await page.GotoAsync(new Uri(_server.Url, "projects/hello/").AbsoluteUri);
        Assert.Equal(503, response?.Status);
        Assert.Equal("Building the site…", await page.Locator("h1").TextContentAsync());
        var until = DateTime.UtcNow + Soon;
        while (_hub.Clients == 0)
        {
            Assert.True(DateTime.UtcNow < until, "the building page never listened to the live-reload events");
            await Task.Delay(25);
        }

        return page;
    }
}
