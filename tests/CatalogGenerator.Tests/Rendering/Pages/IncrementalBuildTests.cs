using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Output;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Rendering.Pages;
using FleetCatalog.Rendering.Templates;
using FleetCatalog.Search;
using FleetCatalog.Sources.Caching;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Tests.Search;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Pages;

/// <summary>
/// Rebuilding into a site that exists: unchanged files are not rewritten (their timestamps stay), a changed
/// project rewrites its page and the pages that show it, a theme change rewrites every page, and a failed
/// rebuild leaves the previous site as it was.
/// </summary>
public sealed class IncrementalBuildTests
{
    [SharedDataFact]
    public async Task A_rebuild_with_nothing_changed_rewrites_nothing_and_reports_the_same_findings()
    {
        using var test = await TestSite.BuildAsync();
        var refreshed = await test.Catalog.BuildAsync();
        var first = Rebuild(test, refreshed); // the status page now says "up to date" rather than "updated"
        var before = Times(test.Output);
        var manifest = File.GetLastWriteTimeUtc(SiteManifest.PathFor(test.Output));

        var findings = Rebuild(test, refreshed);

        Assert.Equal(before, Times(test.Output));
        Assert.Equal(Codes(first), Codes(findings));
        Assert.Contains(findings, d => d.File.Contains("README", StringComparison.Ordinal)); // the guides' findings, kept with their pages
        Assert.True(File.GetLastWriteTimeUtc(SiteManifest.PathFor(test.Output)) >= manifest);
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(test.Output)!, "_site.tmp-*"));
    }

    [SharedDataFact]
    public async Task Only_the_status_page_carries_the_build_date_so_a_new_day_alone_rewrites_one_page()
    {
        using var test = await TestSite.BuildAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var dated = Directory.GetFiles(test.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains(today, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(test.Output, f).Replace('\\', '/'));

        Assert.Equal(["status/index.html"], dated);
    }

    [SharedDataFact]
    public async Task A_changed_project_rewrites_its_page_and_the_listings_showing_it_and_nothing_unrelated()
    {
        using var test = await TestSite.BuildAsync();
        var refreshed = await test.Catalog.BuildAsync();
        Rebuild(test, refreshed);
        var before = Times(test.Output);
        Thread.Sleep(20);
        var changed = refreshed with
        {
            Projects = [.. refreshed.Projects.Select(p => p.Entry.Slug == "audio" ? p with { Entry = p.Entry with { Difficulty = Difficulty.Advanced } } : p)],
        };

        Rebuild(test, changed);

        var after = Times(test.Output);
        var rewritten = before.Keys.Where(k => after.TryGetValue(k, out var t) && t != before[k]).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("projects/audio/index.html", rewritten);
        Assert.Contains("projects/index.html", rewritten);
        Assert.Contains("catalog.json", rewritten);
        Assert.DoesNotContain("projects/adguard/index.html", rewritten);
        Assert.DoesNotContain("projects/browser/index.html", rewritten);
        Assert.DoesNotContain("status/index.html", rewritten);
        Assert.DoesNotContain(rewritten, p => p.StartsWith("assets/", StringComparison.Ordinal) || p.StartsWith("logos/", StringComparison.Ordinal));
        Assert.Contains("<dd>advanced</dd>", test.Read("projects/audio/index.html"), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task A_theme_change_rewrites_every_page()
    {
        using var test = await TestSite.BuildAsync();
        var refreshed = await test.Catalog.BuildAsync();
        var before = Times(test.Output);
        Thread.Sleep(20);
        File.AppendAllText(Path.Combine(test.Root, "themes", "default", "layouts", "base.liquid"), "\n<!-- changed -->\n");

        Rebuild(test, refreshed);

        var after = Times(test.Output);
        Assert.All(before.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)), page => Assert.NotEqual(before[page], after[page]));
    }

    [SharedDataFact]
    public async Task A_failed_rebuild_leaves_the_previous_site_and_its_manifest_as_they_were()
    {
        using var test = await TestSite.BuildAsync();
        var refreshed = await test.Catalog.BuildAsync();
        var before = Times(test.Output);
        var manifest = File.ReadAllText(SiteManifest.PathFor(test.Output));
        var home = test.Read("index.html");
        File.AppendAllText(Path.Combine(test.Root, "themes", "default", "layouts", "base.liquid"), "\n<a href=\"/nowhere/\">broken</a>\n");

        var findings = Rebuild(test, refreshed);

        Assert.Contains(findings, d => d.Code == DiagnosticCodes.BrokenLink.Code && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(before, Times(test.Output));
        Assert.Equal(home, test.Read("index.html"));
        Assert.Equal(manifest, File.ReadAllText(SiteManifest.PathFor(test.Output)));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(test.Output)!, "_site.tmp-*"));
    }

    [SharedDataFact]
    public async Task The_search_index_is_kept_unless_a_page_marked_for_search_changes_or_loses_its_mark()
    {
        using var tools = new TempDirectory();
        var runs = 0;
        var search = new SearchIndexer(FakePagefind.Create(tools, FakeIndex), _ => runs++);
        using var test = await TestSite.BuildAsync(search: search);
        var refreshed = await test.Catalog.BuildAsync();
        Rebuild(test, refreshed, search);
        var (before, index) = (runs, File.GetLastWriteTimeUtc(Path.Combine(test.Output, "pagefind", "pagefind-entry.json")));
        Thread.Sleep(20);

        // The home page is not indexed: changing it (as a new day changes the status page) leaves the index as it was.
        File.AppendAllText(Path.Combine(test.Root, "themes", "default", "layouts", "home.liquid"), "\n<p>new on the home page</p>\n");
        Rebuild(test, refreshed, search);

        Assert.Equal(before, runs);
        Assert.Contains("new on the home page", test.Read("index.html"), StringComparison.Ordinal);
        Assert.Equal(index, File.GetLastWriteTimeUtc(Path.Combine(test.Output, "pagefind", "pagefind-entry.json")));

        // Project pages are: changing them indexes the site again.
        File.AppendAllText(Path.Combine(test.Root, "themes", "default", "layouts", "project.liquid"), "\n<p>new on every project page</p>\n");
        Rebuild(test, refreshed, search);

        Assert.Equal(before + 1, runs);

        // And so is a page that stops being marked: the index still holds it until Pagefind runs again.
        var learn = Path.Combine(test.Root, "themes", "default", "layouts", "learn.liquid");
        File.WriteAllText(learn, File.ReadAllText(learn).Replace(" data-pagefind-body", string.Empty, StringComparison.Ordinal));
        Rebuild(test, refreshed, search);

        Assert.Equal(before + 2, runs);
    }

    // Writes an index folder where Pagefind would and says what Pagefind says.
    private const string FakeIndex = """
        const fs = require('fs'), path = require('path');
        const site = process.argv[process.argv.indexOf('--site') + 1];
        fs.mkdirSync(path.join(site, 'pagefind'), { recursive: true });
        fs.writeFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), '{}');
        console.log('Indexed 3 pages');
        """;

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Rebuild(TestSite test, RefreshResult refreshed, SearchIndexer? search = null)
    {
        var site = Path.Combine(test.Root, "site");
        var categories = CategoryList.Load(Path.Combine(site, "categories.yml")).Categories!;
        var content = SiteContent.Load(site, refreshed.Projects.Select(p => p.Entry.Slug));
        var builder = new SiteBuilder(ThemeRenderer.Load(test.Root), new GuideRenderer(), DeviceRegistry.Default);
        return builder.Build(refreshed, content, categories, test.Output, new SnapshotCache(test.Catalog.Cache).Logos, "https://catalog.example.org/", search);
    }

    private static string[] Codes(IEnumerable<Diagnostic> findings) => [.. findings.Select(d => $"{d.Code} {d.File} {d.Span.Line}").Order(StringComparer.Ordinal)];

    private static Dictionary<string, DateTime> Times(string site) =>
        Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace(Path.DirectorySeparatorChar, '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);
}
