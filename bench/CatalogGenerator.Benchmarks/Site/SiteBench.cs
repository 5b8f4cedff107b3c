using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FleetCatalog.Search;
using FleetCatalog.Sources.Caching;

namespace FleetCatalog.Benchmarks.Site;

/// <summary>
/// <c>--site 100,1000 --runs 5</c>: for each size, a synthetic catalog (<see cref="SyntheticCatalog"/>) warmed by one
/// cold build, then, alternating within each run so that machine noise spreads evenly: our site stages alone
/// (<c>catalog build --offline --no-search</c> into an empty output), Hugo on the same README bodies, our full
/// build from the cache (render and Pagefind), Pagefind alone on that site, the full build with the refresh of every
/// unchanged repository through the loopback GitHub, a no-op rebuild (with the refresh, then offline), an offline
/// rebuild after one entry was edited, and a rebuild after one repository got a commit.
/// Every program runs as a child process, so its start-up counts and its peak memory can be read.
/// </summary>
internal static partial class SiteBench
{
    /// <summary>Where the build keeps rendered guides and the output manifest, under the cache (emptied for "full" runs).</summary>

    public static async Task<int> RunAsync(SiteBenchOptions options, TextWriter console)
    {
        var hugo = options.Hugo && HugoSite.Installed();
        if (options.Hugo && !hugo)
        {
            console.WriteLine("Hugo is not installed (apt-get install -y hugo); measuring without it.");
        }

        var search = options.Search ? PagefindTool.Prepare(Path.Combine(options.RepositoryRoot, "tools", "search")) : (null, null);
        if (options.Search && search.Tool is null)
        {
            console.WriteLine($"Pagefind is not available ({search.Problem?.Message}); measuring without search.");
        }

        var toolFolder = Path.Combine(Path.GetTempPath(), "fleet-catalog-bench", "tool-" + Guid.NewGuid().ToString("N")[..8]);
        var (tool, toolDescription) = ToolBuild.Prepare(options.RepositoryRoot, toolFolder, options.ReadyToRun, console);
        console.WriteLine($"Measuring {tool}: {toolDescription}");
        var results = new List<(int Size, IReadOnlyList<Measurement> Measurements)>();
        try
        {
            foreach (var size in options.Sizes)
            {
                results.Add((size, await MeasureAsync(options, size, hugo, search.Tool, tool, console)));
            }
        }
        finally
        {
            DeleteDirectory(toolFolder);
        }

        var report = SiteBenchReport.Format(results, options, hugo, toolDescription);
        console.WriteLine();
        console.WriteLine(report);
        if (options.DocsFile is { } docs)
        {
            SiteBenchReport.WriteInto(docs, report);
            console.WriteLine($"Written into {docs}");
        }

        return 0;
    }

    private static async Task<IReadOnlyList<Measurement>> MeasureAsync(SiteBenchOptions options, int size, bool hugo, PagefindTool? pagefind, string catalogDll, TextWriter console)
    {
        var root = Path.Combine(Path.GetTempPath(), "fleet-catalog-bench", Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var setup = Stopwatch.StartNew();
            var catalog = SyntheticCatalog.Create(root, options.Corpus, options.RepositoryRoot, size);
            using var github = new LoopbackGitHub();
            string[] Build(bool offline, bool withSearch) =>
            [
                catalogDll, "build", "--projects", catalog.Projects, "--categories", Path.Combine(catalog.Site, "categories.yml"), "--cache", catalog.Cache,
                "--github-api-url", github.Url.AbsoluteUri, "--output", catalog.Output, "--site", catalog.Site, "--timings",
                .. offline ? new[] { "--offline" } : [], .. withSearch && pagefind is not null ? [] : new[] { "--no-search" },
            ];
            ChildRun Catalog(string what, bool offline, bool withSearch) => ChildRun.Run("dotnet", Build(offline, withSearch), root).Succeeded(what);

            var cold = ChildRun.Run("dotnet", Build(offline: false, withSearch: true), root);
            if (cold.ExitCode != 0 && BreakingProjects(cold.Output) is { Count: > 0 } breaking)
            {
                // A README whose in-page links miss their anchors stops the site from publishing (CAT820/CAT821 are
                // site errors); such corpus projects are left out, and said so, rather than benchmarking a failure.
                var excluded = breaking.Select(i => Path.GetFileName(catalog.SourceOf(i))).ToHashSet(StringComparer.Ordinal);
                console.WriteLine($"  left out (their README's links break the site's link check): {string.Join(", ", excluded.Order(StringComparer.Ordinal))}");
                DeleteDirectory(root);
                catalog = SyntheticCatalog.Create(root, options.Corpus, options.RepositoryRoot, size, excluded);
                cold = ChildRun.Run("dotnet", Build(offline: false, withSearch: true), root);
            }

            cold.Succeeded("the cold build");
            var hugoRoot = hugo ? HugoSite.Write(catalog) : null;
            var hugoOutput = Path.Combine(root, "hugo-public");
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size} projects: repositories and sites written in {setup.Elapsed.TotalSeconds:0.0} s"));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cold build (empty cache, fetches every repository): {cold.Elapsed.TotalSeconds:0.0} s"));

            var render = new Measurement("site stages alone (offline, no search, empty output)");
            var renderKept = new Measurement("site stages, guides from the cache (cache kept, empty output)");
            var hugoRuns = new Measurement("Hugo (same README bodies)");
            var full = new Measurement("full build (fetch skipped: from the cache, render + search)");
            var fullOnline = new Measurement("full build with refresh (every repository asked, unchanged)");
            var pagefindRuns = new Measurement("Pagefind alone");
            var noOpOffline = new Measurement("no-op rebuild, offline");
            var noOp = new Measurement("no-op rebuild, with refresh");
            var edited = new Measurement("one entry edited, offline (site stages and search)");
            var changed = new Measurement("one project changed (commit + build)");
            for (var run = 0; run < options.Runs; run++)
            {
                Fresh(catalog);
                var r = Catalog("the render-only build", offline: true, withSearch: false);
                render.Add(r.Elapsed, r.PeakRssKib, SiteSpan(r.Output));

                // A CI job restores the build cache but not the last site: the guides rendered above are reused.
                DeleteDirectory(catalog.Output);
                var k = Catalog("the render-only build with guides cached", offline: true, withSearch: false);
                renderKept.Add(k.Elapsed, k.PeakRssKib, SiteSpan(k.Output));

                if (hugoRoot is not null)
                {
                    DeleteDirectory(hugoOutput);
                    var h = ChildRun.Run(HugoSite.Program, HugoSite.Arguments(hugoRoot, hugoOutput), root).Succeeded("hugo");
                    hugoRuns.Add(h.Elapsed, h.PeakRssKib);
                }

                Fresh(catalog);
                var f = Catalog("the full build", offline: true, withSearch: true);
                full.Add(f.Elapsed, f.PeakRssKib, SiteSpan(f.Output));

                if (pagefind is not null)
                {
                    var index = Path.Combine(root, "pagefind-alone");
                    DeleteDirectory(index);
                    // Given the pages the build gives it (SearchGlob), so that both sides of the ratio index the same pages.
                    var pages = Directory.EnumerateFiles(catalog.Output, "*.html", SearchOption.AllDirectories)
                        .Select(f => Path.GetRelativePath(catalog.Output, f).Replace(Path.DirectorySeparatorChar, '/'));
                    var glob = SearchGlob.For(SearchablePages.Find(catalog.Output, [.. pages]));
                    var p = ChildRun.Run("node", [pagefind.Script, "--site", catalog.Output, "--output-path", index, .. glob is null ? Array.Empty<string>() : ["--glob", glob]], root)
                        .Succeeded("pagefind");
                    pagefindRuns.Add(p.Elapsed, p.PeakRssKib);
                }

                Fresh(catalog);
                var fo = Catalog("the full build with refresh", offline: false, withSearch: true);
                fullOnline.Add(fo.Elapsed, fo.PeakRssKib, SiteSpan(fo.Output));

                var n = Catalog("the no-op build", offline: false, withSearch: true);
                noOp.Add(n.Elapsed, n.PeakRssKib, SiteSpan(n.Output));

                // The status page says how each project was refreshed ("up to date" online, otherwise offline), so the
                // first offline build after an online one changes that page; the second is the no-op measured.
                Catalog("the first offline build", offline: true, withSearch: true);
                var o = Catalog("the offline no-op build", offline: true, withSearch: true);
                noOpOffline.Add(o.Elapsed, o.PeakRssKib, SiteSpan(o.Output));

                // A contributor's edit to one entry, built offline: the incremental site stages (and Pagefind) without the refresh.
                catalog.EditEntry(run % size, run);
                var e = Catalog("the offline build after an entry edit", offline: true, withSearch: true);
                edited.Add(e.Elapsed, e.PeakRssKib, SiteSpan(e.Output));

                catalog.Change(run % size, run);
                var c = Catalog("the build after a change", offline: false, withSearch: true);
                changed.Add(c.Elapsed, c.PeakRssKib, SiteSpan(c.Output));
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {run + 1}: render {r.Elapsed.TotalSeconds:0.00} s, guides cached {k.Elapsed.TotalSeconds:0.00} s, full {f.Elapsed.TotalSeconds:0.00} s, no-op {o.Elapsed.TotalSeconds:0.00} s / {n.Elapsed.TotalSeconds:0.00} s, entry edited {e.Elapsed.TotalSeconds:0.00} s, changed {c.Elapsed.TotalSeconds:0.00} s"));
                console.WriteLine("    " + TimingsLine(c.Output));
            }

            await Task.CompletedTask;
            return [.. new[] { render, renderKept, hugoRuns, full, pagefindRuns, fullOnline, noOpOffline, noOp, edited, changed }.Where(m => m.Count > 0)];
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("BENCH_KEEP") is { Length: > 0 })
            {
                console.WriteLine($"  kept {root} (BENCH_KEEP)");
            }
            else
            {
                DeleteDirectory(root);
            }
        }
    }

    // A "full" build renders everything, as Hugo does: no site to compare with and no rendered guides to reuse.
    private static void Fresh(SyntheticCatalog catalog)
    {
        DeleteDirectory(catalog.Output);
        DeleteDirectory(new SnapshotCache(catalog.Cache).Guides);
    }

    /// <summary>The site stages' time as the build reported it (<c>--timings</c>): every stage but the refresh.</summary>
    public static TimeSpan? SiteSpan(string output)
    {
        var line = TimingsLine(output);
        var stages = Stage().Matches(line).Where(m => m.Groups["name"].Value != "refresh").ToList();
        return stages.Count == 0 ? null : TimeSpan.FromSeconds(stages.Sum(m => double.Parse(m.Groups["seconds"].Value, CultureInfo.InvariantCulture)));
    }

    private static List<int> BreakingProjects(string output) =>
        [.. BrokenProjectPage().Matches(output).Select(m => int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture)).Distinct()];

    private static string TimingsLine(string output) =>
        output.Split('\n').FirstOrDefault(l => l.StartsWith("Timings: ", StringComparison.Ordinal))?.Trim() ?? string.Empty;

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [GeneratedRegex(@"^projects/project-(?<i>\d+)/index\.html\(\d+,\d+\): error CAT82[01]", RegexOptions.Multiline)]
    private static partial Regex BrokenProjectPage();

    [GeneratedRegex(@"(?<name>[\w+]+) (?<seconds>\d+\.\d+) s")]
    private static partial Regex Stage();
}
