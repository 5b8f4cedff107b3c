using System.Collections.Concurrent;
using System.Collections.Immutable;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Output;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Rendering.Model;
using FleetCatalog.Rendering.Templates;
using FleetCatalog.Search;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Rendering.Pages;

/// <summary>
/// The rendering and output stages: every page of the site from the refreshed projects and the hand-written
/// content, rendered in parallel through the theme into a staging folder that replaces the old site only
/// when everything was written and every internal link resolves.
/// </summary>
/// <param name="today">The build date; null is today (UTC). Tests pass one, so dated pages come out the same any day.</param>
internal sealed class SiteBuilder(ThemeRenderer theme, GuideRenderer guides, DeviceRegistry devices, DateOnly? today = null)
{
    private readonly DateOnly _today = today ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <param name="logos">The cache folder of downloaded logos (<c>files/&lt;sha256&gt;.&lt;ext&gt;</c>).</param>
    /// <param name="search">Indexes the staged site for search; null builds a site without search (no search page).</param>
    /// <param name="timings">Collects the stages' spans (<c>catalog build --timings</c>, the benchmarks); null collects nothing.</param>
    /// <returns>The findings; the site was published when none is an error.</returns>
    public ImmutableArray<Diagnostic> Build(
        RefreshResult refreshed, SiteContent content, CategoryList categories, string outputDirectory, string logos, string? baseUrl = null, SearchIndexer? search = null,
        SiteBuildTimings? timings = null)
    {
        var findings = new ConcurrentBag<Diagnostic>(theme.Diagnostics.Concat(content.Diagnostics));
        if (content.Config is not { } config || findings.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return [.. findings];
        }

        var views = SiteBuildTimings.Start(timings, "views");
        var site = Site(config, baseUrl ?? config.BaseUrl, search is not null);
        var shown = refreshed.Projects.Where(p => p.Status != SnapshotStatus.Failed && p.FilesDirectory is not null);
        var dated = devices.AsOf(_today);
        var data = new SiteData(site, config, [.. shown.Select(p => ProjectFacts.From(p, dated))], refreshed.Projects, content.LearnPages, categories, dated, _today);
        var pages = new List<SitePage> { ListingPages.Home(data), OtherPages.Status(data), OtherPages.DeployButtonMaker(data), OtherPages.NotFound(data) };
        pages.AddRange(ListingPages.Catalog(data));
        pages.AddRange(BoardPages.All(data));
        pages.AddRange(LearnPages.All(data, guides));
        pages.AddRange(GuidePages.All(data, guides));
        if (search is not null)
        {
            pages.Add(SearchPage.Create(data, [.. pages.Select(p => p.View).OfType<ProjectPageView>().Select(v => v.Project)], [.. pages.Select(p => p.View).OfType<LearnPageView>()]));
        }

        views.Dispose();
        var render = SiteBuildTimings.Start(timings, "pages");
        using var output = SiteOutput.Begin(outputDirectory, incremental: true);
        var fingerprint = Fingerprint(theme, search is not null);
        Parallel.ForEach(pages, page =>
        {
            // A page whose inputs are those of the live site's file is kept as it is: not rendered, not written.
            var key = PageKeys.Key(fingerprint, page);
            if (output.TryKeep(page.Path, key, out var kept))
            {
                Add(findings, kept);
                return;
            }

            var (view, produced) = page.Produce?.Invoke() ?? (page.View, []);
            var result = theme.Render(page.Layout, view);
            var pageFindings = produced.AddRange(result.Diagnostics);
            if (result.Html is { } html)
            {
                output.WriteText(page.Path, html, key, pageFindings);
            }

            Add(findings, pageFindings);
        });

        render.Dispose();
        var files = SiteBuildTimings.Start(timings, "files");
        output.CopyDirectory(theme.AssetsDirectory, "assets");
        SchemaFiles.Copy(output, theme.AssetsDirectory, site.BaseUrl);
        foreach (var logo in data.Projects.Select(p => p.Snapshot.Record?.Logo?.FileName).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var file = Path.Combine(logos, "files", logo);
            if (File.Exists(file))
            {
                output.CopyFile(file, $"logos/{logo}");
            }
        }

        var urls = new SiteUrls(site.BaseUrl);
        DataFiles.Write(data, output, urls);
        output.WriteText(SiteUrls.Sitemap, SitemapWriter.Write(urls, SitemapWriter.PagePaths(output.Files).Select(p => new SitemapEntry(p, null))));

        // The search index is made from the pages marked for search alone: with none of them changed, added or removed
        // (a new day changes only the status page), the live one still fits.
        var searchKept = search is not null && !SearchablePagesChanged(output) && output.TryKeepDirectory(SearchIndexer.BundleFolder);
        files.Dispose();
        if (output.IsUnchanged)
        {
            // Every file is the live site's: its link check and search findings still hold, and nothing is published.
            var siteFindings = output.PreviousFindings;
            Add(findings, siteFindings);
            output.Findings = siteFindings;
            output.Commit();
            return Sorted(findings);
        }

        using (SiteBuildTimings.Start(timings, "stage"))
        {
            output.Materialize();
        }

        var siteLevel = new List<Diagnostic>();
        var links = SiteBuildTimings.Start(timings, "links");
        var missing = refreshed.Projects.Where(p => data.Find(p.Entry.Slug) is null).Select(p => $"/projects/{p.Entry.Slug}/").ToList();
        // Without the search index: it is not there yet when it is made again below, so the list of files each check
        // runs on (which decides whether the next one may check only changed pages) would depend on that. Pages
        // load it from script, never through a link.
        var bundle = SearchIndexer.BundleFolder + "/";
        var checkedFiles = output.Files.Where(f => !f.StartsWith(bundle, StringComparison.OrdinalIgnoreCase)).ToList();
        var linkCheck = LinkChecker.Check(output.StagingDirectory, checkedFiles, urls, output.LinkBaseline, output.Changed);
        output.Record(linkCheck);
        SiteBuildTimings.Describe(timings, "links", $"{linkCheck.PagesChecked} of {checkedFiles.Count(IsPage)} pages read");
        siteLevel.AddRange(linkCheck.Findings.Select(broken => ForMissingProject(broken, missing)));
        Add(findings, siteLevel);
        links.Dispose();

        // Pagefind reads the finished pages, so it runs last, on the staged site, only when that site is good.
        if (search is not null && !searchKept && !HasSiteErrors(findings))
        {
            using var indexing = SiteBuildTimings.Start(timings, "search");
            var indexed = search.Index(output.StagingDirectory, [.. output.Files.Where(IsPage)]).Diagnostics;
            siteLevel.AddRange(indexed);
            Add(findings, indexed);
            output.Adopt(SearchIndexer.BundleFolder);
        }

        // A site with a broken page or link stays unpublished; the previous one keeps being served.
        if (!HasSiteErrors(findings))
        {
            using var publishing = SiteBuildTimings.Start(timings, "publish");
            output.Findings = [.. siteLevel];
            output.Commit();
        }

        return Sorted(findings);
    }

    private static ImmutableArray<Diagnostic> Sorted(IEnumerable<Diagnostic> findings) =>
        [.. findings.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Span.Line)];

    private static void Add(ConcurrentBag<Diagnostic> findings, IEnumerable<Diagnostic> more)
    {
        foreach (var finding in more)
        {
            findings.Add(finding);
        }
    }

    private static bool IsPage(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    // A changed page counts when it is marked now (staged) or was marked before (live), and so does a removed one.
    private static bool SearchablePagesChanged(SiteOutput output)
    {
        var changed = output.Changed.Where(IsPage).ToList();
        var wasLive = changed.Concat(output.Removed.Where(IsPage)).Where(p => File.Exists(Path.Combine(output.TargetDirectory, p))).ToList();
        return SearchablePages.Find(output.StagingDirectory, changed).Count > 0 || SearchablePages.Find(output.TargetDirectory, wasLive).Count > 0;
    }

    // What every page is also made from: this build of the tool, the theme's and the site's layout files, and whether
    // the site has search. A change to any of them changes every page's key.
    private static string Fingerprint(ThemeRenderer theme, bool withSearch)
    {
        var themeFolder = Path.GetDirectoryName(theme.AssetsDirectory)!;
        var siteLayouts = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(themeFolder)!)!, "site", "layouts");
        return PageKeys.Fingerprint(typeof(SiteBuilder).Assembly.ManifestModule.ModuleVersionId.ToString(), withSearch, themeFolder, siteLayouts);
    }

    // A link to a project whose refresh failed (and has no earlier snapshot) breaks only until it builds again:
    // one broken repository must not keep the whole site from being published.
    // A warning already: a finding the link check carried from the last build, worded then.
    private static Diagnostic ForMissingProject(Diagnostic broken, List<string> missingPages) =>
        broken.Code == DiagnosticCodes.BrokenLink.Code && broken.Severity == DiagnosticSeverity.Error && missingPages.Any(p => broken.Message.Contains(p + "'", StringComparison.Ordinal))
            ? broken with
            {
                Severity = DiagnosticSeverity.Warning,
                Message = broken.Message + " The project failed to build this time (see the status page); its page comes back when it builds.",
            }
            : broken;

    // Findings about the projects themselves are shown on their pages; only the site's own problems stop publishing.
    private static bool HasSiteErrors(IEnumerable<Diagnostic> findings) =>
        findings.Any(d => d.Severity == DiagnosticSeverity.Error && SiteProblemCodes.Contains(d.Code));

    private static readonly HashSet<string> SiteProblemCodes =
    [
        DiagnosticCodes.BrokenLink.Code, DiagnosticCodes.LinkFragmentMissing.Code, DiagnosticCodes.TemplateSyntaxError.Code,
        DiagnosticCodes.LayoutNotFound.Code, DiagnosticCodes.PartialNotFound.Code, DiagnosticCodes.UnknownTemplateFilter.Code,
        DiagnosticCodes.TemplateRenderFailed.Code, DiagnosticCodes.SearchIndexFailed.Code,
    ];

    private static SiteView Site(SiteConfig config, string baseUrl, bool withSearch)
    {
        var basePath = new Uri(baseUrl).AbsolutePath.TrimEnd('/');
        var navigation = config.Navigation
            .Select(n => new NavItemView(n.Label, n.Url.StartsWith('/') ? basePath + n.Url : n.Url, n.Url.Trim('/').Split('/')[0]))
            .ToList();
        return new SiteView(
            config.Title,
            config.Tagline,
            baseUrl,
            "en",
            navigation,
            config.EditLink(string.Empty) ?? string.Empty,
            basePath + "/projects/",
            "https://github.com/fleet-catalog/fleet-catalog",
            withSearch ? basePath + "/search/" : null);
    }
}
