using FleetCatalog.Projects;
using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Rendering.Model;

namespace FleetCatalog.Rendering.Pages;

/// <summary><c>/learn/</c> and its pages, in their order, each with the catalog projects its learning paths practise.</summary>
internal static partial class LearnPages
{
    // The learn pages are ours; their relative links resolve against this repository.
    private static readonly RepositoryUrl CatalogRepository = RepositoryUrl.Parse("https://github.com/fleet-catalog/fleet-catalog")!;

    public static IEnumerable<SitePage> All(SiteData data, GuideRenderer guides)
    {
        var site = data.Site;
        var pages = data.LearnPages.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var home = new LinkView("Home", site.Href("/"));
        var summaries = pages.Select(p => new LearnSummaryView(p.Title, p.Summary, Url(site, p.Slug), p.Difficulty.ToString().ToLowerInvariant())).ToList();
        yield return new SitePage("learn/index.html", "learn-index", new LearnIndexPageView(
            site, PageMeta.For(site, "Learn", "Short guides from nothing to a running fleet.", "/learn/", "learn", home),
            "Short guides, in order: from nothing to a running fleet, then choosing hardware, settings, blocks and sharing your own project.",
            summaries));
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var body = guides.Render(SiteLinks(page.MarkdownBody, site), new GuideContext(CatalogRepository, "main", page.SourcePath, SiteBaseUrl: new Uri(site.BaseUrl)) { DropTitle = true });
            var projects = data.Config.LearningPaths
                .Where(path => path.Pages.Contains(page.Slug))
                .SelectMany(path => path.Projects)
                .Distinct(StringComparer.Ordinal)
                .Select(data.Find).OfType<ProjectFacts>().Select(data.CardOf)
                .ToList();
            var meta = PageMeta.For(site, page.Title, page.Summary, $"/learn/{page.Slug}/", "learn", home, new LinkView("Learn", site.Href("/learn/"))) with
            {
                OgType = "article",
                EditUrl = data.Config.EditLink(page.SourcePath),
            };
            yield return new SitePage($"learn/{page.Slug}/index.html", "learn", new LearnPageView(
                site, meta, page.Title, page.Summary, page.Difficulty.ToString().ToLowerInvariant(), new SafeHtml(body.Html), projects,
                i > 0 ? new LinkView(pages[i - 1].Title, Url(site, pages[i - 1].Slug)) : null,
                i + 1 < pages.Count ? new LinkView(pages[i + 1].Title, Url(site, pages[i + 1].Slug)) : null));
        }
    }

    private static string Url(SiteView site, string slug) => site.Href($"/learn/{slug}/");

    // Learn pages link to the site from its root ("/projects/audio/"); in a README that would mean the
    // repository's root, so they are made absolute on the site before rendering (and then count as internal).
    private static string SiteLinks(string markdown, SiteView site) =>
        RootLink().Replace(markdown, m => m.Groups["open"].Value + site.BaseUrl.TrimEnd('/') + "/");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<open>\]\(|\]:\s*|href="")/(?!/)")]
    private static partial System.Text.RegularExpressions.Regex RootLink();
}
