namespace FleetCatalog.Rendering.Model;

/// <summary>
/// A project listing (layout <c>catalog</c>): <c>/projects/</c> and the static per-category and per-architecture
/// pages, so everything is reachable without JavaScript.
/// </summary>
/// <param name="Categories">Links to every category listing, starting with "All projects"; the current one marked.</param>
/// <param name="Architectures">Links to every architecture listing; the current one marked.</param>
internal sealed record CatalogPageView(
    SiteView Site,
    PageMeta Meta,
    string Heading,
    string Intro,
    IReadOnlyList<ProjectCardView> Projects,
    IReadOnlyList<FilterLinkView> Categories,
    IReadOnlyList<FilterLinkView> Architectures) : IPageView;
