using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Search;

/// <summary>
/// The search stage: runs Pagefind over the staged site, which writes its chunked index to <c>pagefind/</c>.
/// Only pages marked <c>data-pagefind-body</c> (guides, projects, learn pages) are indexed; filters, metadata and
/// sort keys come from the theme's <c>data-pagefind-*</c> attributes.
/// </summary>
internal sealed partial class SearchIndexer(PagefindTool tool, Action<SearchIndexResult>? indexed = null)
{
    /// <summary>Where the index goes, under the site's root; the search page loads <c>/pagefind/pagefind.js</c>.</summary>
    public const string BundleFolder = "pagefind";

    private static readonly TimeSpan IndexTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// <c>catalog serve</c>'s rebuilds: instead of running Pagefind on the staged site, <see cref="Index"/> copies
    /// the index of the live site in this folder (search keeps working, one rebuild behind) so the pages go live
    /// at once; serve then indexes the live site in the background. Null (and with no index there yet): index now.
    /// </summary>
    public string? CarryOverFrom { get; private init; }

    /// <summary>This indexer, carrying the index of the live site in <paramref name="liveSite"/> over (see <see cref="CarryOverFrom"/>).</summary>
    public SearchIndexer CarryingOver(string liveSite) => new(tool, indexed) { CarryOverFrom = liveSite };

    /// <param name="siteDirectory">The built site.</param>
    /// <param name="pages">Its HTML pages (site-relative); Pagefind is then given only the shapes of the ones marked for search
    /// (<see cref="SearchGlob"/>). Null: Pagefind reads every page.</param>
    public SearchIndexResult Index(string siteDirectory, IReadOnlyCollection<string>? pages = null)
    {
        if (CarryOverFrom is { } live && Directory.Exists(Path.Combine(live, BundleFolder)))
        {
            var clock = Stopwatch.StartNew();
            CopyDirectory(Path.Combine(live, BundleFolder), Path.Combine(siteDirectory, BundleFolder));
            return new SearchIndexResult(0, clock.Elapsed, []);
        }

        var result = Run(siteDirectory, pages is null ? null : SearchGlob.For(SearchablePages.Find(siteDirectory, pages)));
        indexed?.Invoke(result);
        return result;
    }

    private SearchIndexResult Run(string siteDirectory, string? glob)
    {
        var clock = Stopwatch.StartNew();
        var run = ToolProcess.Run(
            "node",
            [tool.Script, "--site", siteDirectory, "--output-subdir", BundleFolder, .. glob is null ? Array.Empty<string>() : ["--glob", glob]],
            tool.Folder,
            IndexTimeout);
        if (!run.Succeeded)
        {
            var why = !run.Started ? "node is not on PATH"
                : run.TimedOut ? $"it ran for more than {IndexTimeout.TotalMinutes} minutes"
                : $"it exited with {run.ExitCode}:{Environment.NewLine}{run.Tail()}";
            return new SearchIndexResult(0, clock.Elapsed,
            [
                DiagnosticCodes.SearchIndexFailed.Create($"Pagefind could not index the site: {why}. The site was not published; fix the cause or build with --no-search.", BundleFolder, SourceSpan.None),
            ]);
        }

        var pages = Count(PagesLine(), run.Output);
        return pages == 0
            ? new SearchIndexResult(0, clock.Elapsed,
            [
                DiagnosticCodes.SearchIndexEmpty.Create("Pagefind indexed no pages: the theme marks what to index with data-pagefind-body on guides, projects and learn pages; a site layout that replaced them may have dropped it.", BundleFolder, SourceSpan.None),
            ])
            : new SearchIndexResult(pages, clock.Elapsed, []);
    }

    // Hard links where the file system allows, as the incremental build keeps unchanged files: no bytes copied,
    // timestamps kept (the index is read-only once written).
    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Delete(target);
            Output.FileLinks.LinkOrCopy(file, target);
        }
    }

    private static int Count(Regex line, string output) =>
        line.Match(output) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    // Pagefind's summary line, e.g. "Indexed 74 pages".
    [GeneratedRegex(@"Indexed (\d+) pages?\b")]
    private static partial Regex PagesLine();
}
