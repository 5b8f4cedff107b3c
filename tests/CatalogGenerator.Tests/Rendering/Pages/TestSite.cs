using System.Collections.Immutable;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Rendering.Pages;
using FleetCatalog.Rendering.Templates;
using FleetCatalog.Search;
using FleetCatalog.Sources.Caching;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Pages;

/// <summary>
/// A fixture catalog built into a site: corpus projects in local git repositories, refreshed through a
/// fake GitHub, rendered with the committed theme and site content into a temporary output folder.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public static readonly string[] Projects =
        ["balena-labs-projects__audio", "klutchell__balena-adguard", "balena-labs-projects__browser", "chrisys__train-departure-display"];

    private readonly TempDirectory _output = new();

    private TestSite(TestCatalog catalog) => Catalog = catalog;

    public TestCatalog Catalog { get; }

    public ImmutableArray<Diagnostic> Findings { get; private set; }

    public string Output => Path.Combine(_output.Path, "_site");

    /// <summary>The fixture's own site content: the committed learn pages link to projects this small catalog does not have.</summary>
    public string Root => Path.Combine(_output.Path, "root");

    /// <param name="search">Indexes the site and adds the search page, e.g. <see cref="Indexer"/>; null builds without search.</param>
    /// <param name="publicRepositories">
    /// List each project under its public GitHub address (what the real catalog names) instead of the local
    /// clone it was refreshed from, so its page has a deploy button; the snapshots are the local ones.
    /// </param>
    /// <param name="today">The build date the pages are dated to; null is today.</param>
    public static async Task<TestSite> BuildAsync(
        string baseUrl = "https://catalog.example.org/", SearchIndexer? search = null, bool publicRepositories = false, DateOnly? today = null)
    {
        var test = new TestSite(new TestCatalog(Projects));

        // Distinct star counts (none in alphabetical order), so that sorting search results by stars has something to order.
        var index = 0;
        foreach (var repository in test.Catalog.Repositories.Values.OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            var segments = repository.Path.TrimEnd('/').Split('/');
            test.Catalog.GitHub[$"{segments[^2]}/{segments[^1]}"].Stars = 7 + (31 * index++ % 100);
        }

        var refreshed = await test.Catalog.BuildAsync();
        if (publicRepositories)
        {
            refreshed = refreshed with { Projects = [.. refreshed.Projects.Select(p => p with { Entry = p.Entry with { Repository = PublicRepository(p.Entry.Slug) } })] };
        }

        test.Render(refreshed, baseUrl, search, today);
        return test;
    }

    /// <summary>The site of another catalog (which the site then owns), from its last refresh, or from a new one.</summary>
    public static async Task<TestSite> BuildAsync(TestCatalog catalog, RefreshResult? refreshed = null, DateOnly? today = null)
    {
        var test = new TestSite(catalog);
        test.Render(refreshed ?? await catalog.BuildAsync(), "https://catalog.example.org/", search: null, today);
        return test;
    }

    private void Render(RefreshResult refreshed, string baseUrl, SearchIndexer? search, DateOnly? today)
    {
        // The fixture's learn page links to a project: the audio one, or this catalog's first.
        var slugs = refreshed.Projects.Select(p => p.Entry.Slug).ToList();
        FixtureSite.Write(Root, slugs.Contains("audio") || slugs.Count == 0 ? "audio" : slugs[0]);
        var site = Path.Combine(Root, "site");
        var categories = CategoryList.Load(Path.Combine(site, "categories.yml")).Categories!;
        var content = SiteContent.Load(site, refreshed.Projects.Select(p => p.Entry.Slug));
        var builder = new SiteBuilder(ThemeRenderer.Load(Root), new GuideRenderer(), DeviceRegistry.Default, today);
        Findings = builder.Build(refreshed, content, categories, Output, new SnapshotCache(Catalog.Cache).Logos, baseUrl, search);

        // FLEET_KEEP_SITE=/some/folder keeps a copy of the built fixture site to look at (screenshots, by hand).
        if (Environment.GetEnvironmentVariable("FLEET_KEEP_SITE") is { Length: > 0 } keep && Directory.Exists(Output))
        {
            FixtureSite.CopyDirectory(Output, keep);
        }
    }

    /// <summary>Pagefind from the repository's tools/search; a test that needs search fails (not skips) without Node.js.</summary>
    public static SearchIndexer Indexer(Action<SearchIndexResult>? indexed = null)
    {
        var (tool, problem) = PagefindTool.Prepare(Path.Combine(TestPaths.RepositoryRoot, "tools", "search"));
        return tool is null ? throw new InvalidOperationException(problem?.Message) : new SearchIndexer(tool, indexed);
    }

    /// <summary>The GitHub address of a fixture project, from its corpus folder name (OWNER__REPO).</summary>
    public static string PublicRepository(string slug)
    {
        var project = Projects.Single(p => p.EndsWith("__" + slug, StringComparison.OrdinalIgnoreCase));
        return "https://github.com/" + project.Replace("__", "/", StringComparison.Ordinal);
    }

    public string Read(string path) => File.ReadAllText(System.IO.Path.Combine(Output, path));

    public void Dispose()
    {
        Catalog.Dispose();
        _output.Dispose();
    }
}
