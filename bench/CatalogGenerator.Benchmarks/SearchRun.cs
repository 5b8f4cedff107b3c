using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using FleetCatalog.Benchmarks.Site;
using FleetCatalog.BrowserTests;
using FleetCatalog.Devices;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Rendering.Pages;
using FleetCatalog.Rendering.Templates;
using FleetCatalog.Search;
using FleetCatalog.Serving;
using FleetCatalog.Sources.Caching;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Refresh;
using Microsoft.Playwright;

namespace FleetCatalog.Benchmarks;

/// <summary>
/// <c>--search N</c>: a catalog of N projects (the <see cref="SyntheticCatalog"/> of the site benchmark) built
/// with its Pagefind index, served on loopback, and searched in headless Chromium: the bytes the first query downloads,
/// and the time from the last keystroke to the results on screen, for a first (cold) query and for later ones.
/// </summary>
internal static class SearchRun
{
    // A quick typist: about eight keys a second.
    private const int KeyGap = 120;

    private static readonly string[] Queries = ["audio", "home assistant", "raspberry", "air quality", "spotify", "dns", "kiosk browser", "weather"];

    public static async Task<int> RunAsync(string? corpus, int count, int passes)
    {
        var root = Path.Combine(Path.GetTempPath(), "fleet-catalog-bench", "search-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var output = await BuildAsync(Corpus.Find(corpus), count, root);
            await using var server = await StaticSiteServer.StartAsync(output);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions(Chromium.ExecutablePath()));

            foreach (var gap in new[] { 0, KeyGap })
            {
                var firsts = new List<FirstQuery>();
                for (var pass = 0; pass < passes; pass++)
                {
                    firsts.Add(await FirstQueryAsync(browser, server.Url, Queries[pass % Queries.Length], gap));
                }

                Report(count, gap, firsts);
            }

            var later = await LaterQueriesAsync(browser, server.Url);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"later queries ({later.Count}, typed in a page that has searched before), keystroke to results: median {later.Order().ElementAt(later.Count / 2):0} ms, worst {later.Max():0} ms"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<string> BuildAsync(string corpus, int count, string root)
    {
        var clock = Stopwatch.StartNew();
        var catalog = SyntheticCatalog.Create(root, corpus, Corpus.RepositoryRoot(), count);
        var categories = CategoryList.Load(Path.Combine(catalog.Site, "categories.yml")).Categories!;
        var entries = CatalogEntryLoader.LoadAll(catalog.Projects, categories);
        using var github = new LoopbackGitHub();
        RefreshResult refreshed;
        using (var refresh = new RefreshProjects(new RefreshOptions(catalog.Cache, GitHubApiUrl: github.Url), DeviceRegistry.Default))
        {
            refreshed = await refresh.RunAsync(entries, new SilentRefreshProgress());
        }

        var (tool, problem) = PagefindTool.Prepare(Path.Combine(Corpus.RepositoryRoot(), "tools", "search"));
        var indexer = new SearchIndexer(tool ?? throw new InvalidOperationException(problem?.Message));
        var findings = new SiteBuilder(ThemeRenderer.Load(root), new GuideRenderer(), DeviceRegistry.Default).Build(
            refreshed, SiteContent.Load(catalog.Site, entries.Entries.Select(e => e.Slug)), categories, catalog.Output, new SnapshotCache(catalog.Cache).Logos,
            "http://127.0.0.1/", indexer);
        if (!File.Exists(Path.Combine(catalog.Output, "pagefind", "pagefind.js")))
        {
            throw new InvalidOperationException("the site was not built:\n" + string.Join('\n', findings.Where(f => f.Severity == Diagnostics.DiagnosticSeverity.Error).Take(10)));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} projects built with their search index in {clock.Elapsed.TotalSeconds:0.0} s; {Directory.GetFiles(Path.Combine(catalog.Output, "pagefind"), "*", SearchOption.AllDirectories).Length} Pagefind files"));
        return catalog.Output;
    }

    // A new browser context (empty cache) opens the search page, then the visitor types a query: what it downloads from
    // then on is what the first search costs; its time runs from the last keystroke to the first result on screen.
    private static async Task<FirstQuery> FirstQueryAsync(IBrowser browser, Uri site, string query, int keyGap)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var downloads = new List<Download>();
        page.Response += (_, response) => downloads.Add(new Download(response));

        var elapsed = await TypeAndTimeAsync(page, query, keyGap);
        await page.WaitForFunctionAsync("() => document.querySelector('#search-results li') || !document.querySelector('.search-empty').hidden");
        await QuietAsync(page, downloads);
        var status = await page.Locator("#search-status").TextContentAsync() ?? string.Empty;
        var sizes = await Task.WhenAll(downloads.Select(d => d.SizesAsync()));
        var search = sizes.Where(s => s.IsSearch).ToList();
        if (Environment.GetEnvironmentVariable("BENCH_VERBOSE") is not null)
        {
            foreach (var s in search)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {s.Path}: {s.Raw} B, {s.Gzip} B gzipped"));
            }
        }

        return new FirstQuery(query, status, elapsed, search.Sum(s => s.Raw), search.Sum(s => s.Gzip), search.Count, sizes.Where(s => !s.IsSearch).Sum(s => s.Raw));
    }

    // Until nothing more has been downloaded for half a second (the results' own fragments come after the status line).
    private static async Task QuietAsync(IPage page, List<Download> downloads)
    {
        var seen = -1;
        while (seen != downloads.Count)
        {
            seen = downloads.Count;
            await page.WaitForTimeoutAsync(500);
        }
    }

    private static async Task<List<double>> LaterQueriesAsync(IBrowser browser, Uri site)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await TypeAndTimeAsync(page, "warm up", KeyGap);
        var times = new List<double>();
        foreach (var query in Queries)
        {
            await page.Locator("#search-input").FillAsync(string.Empty);
            times.Add(await TypeAndTimeAsync(page, query, KeyGap));
        }

        return times;
    }

    // Real key presses, keyGap ms apart; the page notes the time of each keydown and of the status line naming the whole query.
    private static async Task<double> TypeAndTimeAsync(IPage page, string query, int keyGap)
    {
        await page.EvaluateAsync("""
            () => {
              window.__lastKey = 0;
              window.__shown = 0;
              document.querySelector('#search-input').addEventListener('keydown', () => { window.__lastKey = performance.now(); });
              new MutationObserver(() => {
                const text = document.querySelector('#search-status').textContent;
                if (text.includes('“' + document.querySelector('#search-input').value.trim() + '”')) { window.__shown = performance.now(); }
              }).observe(document.querySelector('#search-status'), { childList: true, characterData: true, subtree: true });
            }
            """);
        await page.Locator("#search-input").PressSequentiallyAsync(query, new LocatorPressSequentiallyOptions { Delay = keyGap });
        await page.WaitForFunctionAsync("() => window.__shown > window.__lastKey");
        return await page.EvaluateAsync<double>("() => window.__shown - window.__lastKey");
    }

    private static void Report(int count, int keyGap, List<FirstQuery> firsts)
    {
        var median = firsts.OrderBy(f => f.Gzip).ElementAt(firsts.Count / 2);
        var typing = keyGap == 0 ? "typed at once (one search)" : $"typed {keyGap} ms a key (a search at each pause)";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first query on {count} projects, {typing}, each in a fresh browser (no cache):"));
        foreach (var f in firsts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {f.Status} {f.Requests} search requests, {f.Raw / 1024.0:0.0} KB as served here (uncompressed), {f.Gzip / 1024.0:0.0} KB gzipped as a static host sends it; keystroke to results {f.Milliseconds:0} ms; result logos {f.Images / 1024.0:0.0} KB"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  median: {median.Gzip / 1024.0:0.0} KB gzipped ({median.Raw / 1024.0:0.0} KB uncompressed), worst {firsts.Max(f => f.Gzip) / 1024.0:0.0} KB; keystroke to results {firsts.Select(f => f.Milliseconds).Order().ElementAt(firsts.Count / 2):0} ms"));
    }

    private sealed record FirstQuery(string Query, string Status, double Milliseconds, long Raw, long Gzip, int Requests, long Images);

    private sealed class Download(IResponse response)
    {
        public async Task<Sizes> SizesAsync()
        {
            var path = new Uri(response.Url).AbsolutePath;
            var body = await response.BodyAsync();
            var isSearch = path.StartsWith("/pagefind/", StringComparison.Ordinal);

            // Pagefind's index, filter and fragment chunks and its WebAssembly are gzip files already; a host sends them as they are.
            var compressible = path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal);
            return new Sizes(path, isSearch, body.Length, compressible ? Gzipped(body) : body.Length);
        }

        private static long Gzipped(byte[] body)
        {
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(body);
            }

            return buffer.Length;
        }
    }

    private sealed record Sizes(string Path, bool IsSearch, long Raw, long Gzip);
}
