namespace FleetCatalog.Rendering.Model;

/// <summary>The search page (layout <c>search</c>, <c>/search/?q=…</c>): Pagefind's bundle and the filters to offer.</summary>
/// <param name="BundleUrl">Pagefind's bundle folder, ending in a slash (<c>/pagefind/</c>); nothing is fetched from it until a search starts.</param>
/// <param name="Filters">One group of checkboxes per Pagefind filter, values as the indexed pages spell them.</param>
/// <param name="Browse">Where to look instead when nothing matches (and without JavaScript).</param>
internal sealed record SearchPageView(
    SiteView Site,
    PageMeta Meta,
    string BundleUrl,
    IReadOnlyList<SearchFilterView> Filters,
    IReadOnlyList<LinkView> Browse) : IPageView;
