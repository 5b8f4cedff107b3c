using FleetCatalog.Diagnostics;
using FleetCatalog.Serving;
using FleetCatalog.Tests.Rendering.Pages;
using FleetCatalog.Tests.Testing;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

/// <summary>
/// Once per test run: the fixture catalog built into a site (its projects listed under their public
/// GitHub addresses, so pages have deploy buttons), served on a free loopback port, and one headless
/// Chromium. Each test opens its own browser context.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private TestSite? _site;
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The slugs of the fixture's projects.</summary>
    public IReadOnlyList<string> ProjectSlugs => [.. Site.Catalog.Repositories.Keys.Order(StringComparer.Ordinal)];

    public Uri Url => (_server ?? throw NotStarted()).Url;

    internal TestSite Site => _site ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        if (!TestPaths.HasCorpus)
        {
            return; // every test is a SharedData one, skipped saying why
        }

        var chromium = Chromium.ExecutablePath();
        var build = TestSite.BuildAsync(search: TestSite.Indexer(), publicRepositories: true);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions(chromium));
        _site = await build;
        if (!File.Exists(Path.Combine(_site.Output, "index.html")) || _site.Findings.Any(f => f.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("the fixture site did not build:\n" + string.Join('\n', _site.Findings.Select(f => $"{f.File}: {f.Code} {f.Message}")));
        }

        _server = await StaticSiteServer.StartAsync(_site.Output);
    }

    /// <summary>A fresh context (own storage, cookies, colour scheme) whose relative addresses go to the site.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Url.ToString();
        return await (_browser ?? throw NotStarted()).NewContextAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site?.Dispose();
    }

    private static InvalidOperationException NotStarted() => new("the browser fixture did not start (see the first failure)");
}
