using FleetCatalog.Devices;
using FleetCatalog.Rendering.Model;

namespace FleetCatalog.Rendering.Pages;

/// <summary>The home page and the catalog listings: all projects, per category, per architecture (reachable without JavaScript).</summary>
internal static class ListingPages
{
    public static SitePage Home(SiteData data)
    {
        var site = data.Site;
        var featured = data.Config.Featured.Select(data.Find).OfType<ProjectFacts>().Select(data.CardOf).ToList();
        var newest = data.Projects.OrderByDescending(p => p.UpdatedAt).Take(6).Select(data.CardOf).ToList();
        var boards = data.Devices.All
            .Where(d => Boards.Rank(d.Slug) < 8)
            .OrderBy(d => Boards.Rank(d.Slug))
            .Select(d => Boards.View(site, d, data.Projects.Count(p => p.Boards.Contains(d))))
            .ToList();
        var categories = data.Categories.All
            .Select(c => new CategoryView(c.Slug, c.Name, c.Description, CategoryUrl(site, c.Slug), data.Projects.Count(p => p.Snapshot.Entry.Category == c.Slug)))
            .Where(c => c.Count > 0)
            .ToList();
        var paths = data.Config.LearningPaths
            .Select(path => new LearnSummaryView(path.Title, path.Summary, site.Href($"/learn/{path.Pages.FirstOrDefault()}/"), null))
            .ToList();
        var meta = PageMeta.For(site, site.Title, site.Tagline, "/", "home");
        return new SitePage("index.html", "home", new HomePageView(site, meta, site.Tagline, data.Projects.Length, featured, newest, boards, categories, paths));
    }

    public static IEnumerable<SitePage> Catalog(SiteData data)
    {
        var site = data.Site;
        yield return Listing(data, "projects/index.html", "/projects/", "All projects",
            "Every project in the catalog. Each one is checked to work by default on the boards it lists.", _ => true, currentCategory: null, currentArch: null);
        foreach (var category in data.Categories.All)
        {
            yield return Listing(data, $"projects/category/{category.Slug}/index.html", $"/projects/category/{category.Slug}/", category.Name,
                category.Description, p => p.Snapshot.Entry.Category == category.Slug, category.Slug, null);
        }

        foreach (var architecture in Architectures(data))
        {
            yield return Listing(data, $"projects/arch/{architecture.Slug()}/index.html", $"/projects/arch/{architecture.Slug()}/",
                $"Projects for {Boards.ArchitectureLabel(architecture)}", $"Projects that run on at least one {Boards.ArchitectureLabel(architecture)} board.",
                p => p.Boards.Any(b => b.Architecture == architecture), null, architecture);
        }
    }

    public static string CategoryUrl(SiteView site, string slug) => site.Href($"/projects/category/{slug}/");

    private static SitePage Listing(
        SiteData data, string file, string path, string heading, string intro, Func<ProjectFacts, bool> filter, string? currentCategory, DeviceArchitecture? currentArch)
    {
        var site = data.Site;
        var categories = data.Categories.All
            .Select(c => new FilterLinkView(c.Name, CategoryUrl(site, c.Slug), data.Projects.Count(p => p.Snapshot.Entry.Category == c.Slug), c.Slug == currentCategory))
            .Where(f => f.Count > 0)
            .ToList();
        var architectures = Architectures(data)
            .Select(a => new FilterLinkView(Boards.ArchitectureLabel(a), site.Href($"/projects/arch/{a.Slug()}/"), data.Projects.Count(p => p.Boards.Any(b => b.Architecture == a)), a == currentArch))
            .ToList();
        var crumbs = path == "/projects/" ? new[] { new LinkView("Home", site.Href("/")) } : [new LinkView("Home", site.Href("/")), new LinkView("Projects", site.Href("/projects/"))];
        var meta = PageMeta.For(site, heading, intro, path, "projects", crumbs);
        var cards = data.CardsWhere(filter).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return new SitePage(file, "catalog", new CatalogPageView(site, meta, heading, intro, cards, categories, architectures));
    }

    private static IEnumerable<DeviceArchitecture> Architectures(SiteData data) =>
        data.Projects.SelectMany(p => p.Boards).Select(b => b.Architecture).Distinct().Order();
}
