using FleetCatalog.Rendering.Model;
using FleetCatalog.Search;

namespace FleetCatalog.Rendering.Pages;

/// <summary>
/// The search page. Its filter values are taken from the very project and learn views the guides are rendered
/// from, so a checkbox always matches what Pagefind indexed from those pages' <c>data-pagefind-filter</c> attributes.
/// </summary>
internal static class SearchPage
{
    public const string LearnPageType = "Learn page";

    /// <summary>The one value of the "works" filter, as the deploy box writes it on a guide that works by default.</summary>
    public const string WorksByDefault = "Works by default";

    private static readonly string[] DifficultyOrder = ["Beginner", "Intermediate", "Advanced"];

    public static SitePage Create(SiteData data, IReadOnlyCollection<ProjectView> projects, IReadOnlyCollection<LearnPageView> learnPages)
    {
        var site = data.Site;
        var types = projects.Select(p => p.KindLabel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (learnPages.Count > 0)
        {
            types.Add(LearnPageType);
        }

        var difficulties = projects.Select(p => p.Difficulty).Concat(learnPages.Select(l => l.Difficulty)).OfType<string>().Select(Capitalized).Distinct(StringComparer.Ordinal)
            .OrderBy(d => Array.IndexOf(DifficultyOrder, d) is var i and >= 0 ? i : int.MaxValue).ThenBy(d => d, StringComparer.Ordinal);
        var filters = new List<SearchFilterView>
        {
            Filter("type", "Type", types, open: true),
            Filter("works", "Setup", projects.Any(p => p.WorksByDefault) ? [WorksByDefault] : [], open: true),
            Filter("board", "Board", Sorted(projects.SelectMany(p => p.BoardGroups).SelectMany(g => g.Boards).Select(b => b.Name)), open: false),
            Filter("architecture", "Architecture", Sorted(projects.SelectMany(p => p.BoardGroups).Select(g => g.Label)), open: false),
            Filter("category", "Category", Sorted(projects.Select(p => p.Category?.Label).OfType<string>()), open: false),
            Filter("difficulty", "Difficulty", [.. difficulties], open: true),
        };
        var meta = PageMeta.For(site, "Search", "Find projects and guides by board, what they do, and how hard they are.", "/search/", "search",
            new LinkView("Home", site.Href("/"))) with { NoIndex = true };
        var browse = new List<LinkView>
        {
            new("All projects", site.Href("/projects/")),
            new("Projects for your board", site.Href("/devices/")),
            new("Learn the basics", site.Href("/learn/")),
        };
        return new SitePage("search/index.html", "search", new SearchPageView(
            site, meta, site.Href($"/{SearchIndexer.BundleFolder}/"), [.. filters.Where(f => f.Values.Count > 0)], browse));
    }

    // As the theme writes it (Liquid's capitalize): the first letter upper case.
    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static SearchFilterView Filter(string key, string label, IReadOnlyList<string> values, bool open) => new(key, label, values, open);

    private static List<string> Sorted(IEnumerable<string> values) =>
        [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase)];
}
