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

namespace FleetCatalog.Cli;

/// <summary>
/// The build's steps (read the entries, refresh, render) over one catalog, keeping the last entries and
/// refresh result in memory: <c>build</c> runs each step once; <c>serve</c> refreshes again only the
/// entries that changed and re-renders from memory.
/// </summary>
internal sealed class BuildSession
{
    private BuildSession(BuildSettings settings, CategoryList categories)
    {
        Settings = settings;
        Categories = categories;
    }

    public BuildSettings Settings { get; }

    public CategoryList Categories { get; private set; }

    /// <summary>The entries of the last refresh (or of <see cref="ReadEntries"/> before the first).</summary>
    public CatalogEntries Entries { get; private set; } = new([], []);

    /// <summary>The last refresh, every project's snapshot in entry order; null before the first.</summary>
    public RefreshResult? Refreshed { get; private set; }

    /// <summary>Reads the category list; null, with the findings, when it cannot be read.</summary>
    public static (BuildSession? Session, ImmutableArray<Diagnostic> Problems) Open(BuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var categories = CategoryList.Load(settings.Categories, CategoryList.DefaultFile);
        return categories.Categories is null ? (null, [.. categories.Diagnostics]) : (new BuildSession(settings, categories.Categories), []);
    }

    /// <summary>Reads the category list again (it changed); false, keeping the old one, when it is broken.</summary>
    public (bool Loaded, ImmutableArray<Diagnostic> Problems) ReloadCategories()
    {
        var categories = CategoryList.Load(Settings.Categories, CategoryList.DefaultFile);
        if (categories.Categories is null)
        {
            return (false, [.. categories.Diagnostics]);
        }

        Categories = categories.Categories;
        return (true, []);
    }

    /// <summary>Reads every entry (cheap: small files, no network) without keeping them.</summary>
    public CatalogEntries ReadEntries() => CatalogEntryLoader.LoadAll(Settings.Projects, Categories);

    /// <summary>Refreshes every project of <paramref name="entries"/>.</summary>
    public async Task<RefreshResult> RefreshAllAsync(CatalogEntries entries, Func<RefreshProjects, Task<RefreshResult>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var refresh = new RefreshProjects(Settings.RefreshOptions, DeviceRegistry.Default);
        Refreshed = await run(refresh);
        Entries = entries;
        return Refreshed;
    }

    /// <summary>
    /// Takes <paramref name="entries"/> as the catalog and refreshes only the projects whose entry file is in
    /// <paramref name="changedFiles"/> (as diagnostics name them, <c>projects/x.yml</c>) or that are new;
    /// every other project keeps its snapshot from memory, and removed entries drop out.
    /// </summary>
    /// <returns>The refresh of the changed projects alone (its totals are what this refresh cost).</returns>
    public async Task<RefreshResult> RefreshChangedAsync(CatalogEntries entries, IReadOnlySet<string> changedFiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(changedFiles);
        var known = (Refreshed?.Projects ?? []).ToDictionary(p => p.Entry.File, StringComparer.Ordinal);
        var stale = entries.Entries.Where(e => changedFiles.Contains(e.File) || !known.ContainsKey(e.File)).ToImmutableArray();
        var subset = new CatalogEntries(stale, [.. entries.Diagnostics.Where(d => stale.Any(e => e.File == d.File))]);
        using var refresh = new RefreshProjects(Settings.RefreshOptions, DeviceRegistry.Default);
        var partial = await refresh.RunAsync(subset, new SilentRefreshProgress(), cancellationToken);
        var fresh = partial.Projects.ToDictionary(p => p.Entry.File, StringComparer.Ordinal);
        var projects = entries.Entries.Select(e => fresh.TryGetValue(e.File, out var p) ? p : known[e.File]).ToImmutableArray();
        var own = entries.Diagnostics.Where(d => !entries.Entries.Any(e => e.File == d.File)).ToImmutableArray();
        Refreshed = new RefreshResult(projects, own, Totals(projects, partial.Totals));
        Entries = entries;
        return partial;
    }

    /// <summary>
    /// Prepares Pagefind (installing it on first use, never offline); without it the site is built without search,
    /// with the returned warning saying why. Null indexer and problem with --no-search.
    /// </summary>
    public (SearchIndexer? Indexer, Diagnostic? Problem) PrepareSearch(Action<SearchIndexResult>? indexed)
    {
        if (Settings.NoSearch)
        {
            return (null, null);
        }

        var (tool, problem) = PagefindTool.Prepare(SearchToolFolder.Resolve(Settings.Root, Settings.Cache), Settings.Offline);
        return tool is null ? (null, problem) : (new SearchIndexer(tool, indexed), null);
    }

    /// <summary>Renders the site from memory (the hand-written content and the theme are read again) into <paramref name="output"/>.</summary>
    /// <returns>The findings; the site was replaced only when none is an error.</returns>
    /// <param name="stages">Collects how long each stage took (<c>--timings</c>), or null.</param>
    public ImmutableArray<Diagnostic> Render(string output, string? baseUrl, SearchIndexer? search, SiteBuildTimings? stages = null)
    {
        var refreshed = Refreshed ?? throw new InvalidOperationException("Render needs a refresh first.");
        var content = SiteContent.Load(Settings.Site, Entries.Entries.Select(e => e.Slug));
        var theme = ThemeRenderer.Load(Settings.Root);
        var cache = new SnapshotCache(Settings.Cache);
        var guides = new GuideCache(cache.Guides);
        var findings = new SiteBuilder(theme, new GuideRenderer(guides), DeviceRegistry.Default).Build(
            refreshed, content, Categories, output, cache.Logos, baseUrl, search, stages);
        guides.Prune(DateTime.UtcNow);
        return findings;
    }

    // The totals describe the catalog as it now is (counts by status) and what the last refresh cost (requests, time).
    private static RefreshTotals Totals(ImmutableArray<ProjectSnapshot> projects, RefreshTotals cost) => cost with
    {
        Projects = projects.Length,
        Fetched = projects.Count(p => p.Status == SnapshotStatus.Fetched),
        Unchanged = projects.Count(p => p.Status == SnapshotStatus.Unchanged),
        Stale = projects.Count(p => p.Status == SnapshotStatus.Stale),
        Failed = projects.Count(p => p.Status == SnapshotStatus.Failed),
    };
}
