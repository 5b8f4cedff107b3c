namespace FleetCatalog.Rendering.Model;

/// <summary>Every board (layout <c>boards</c>, <c>/devices/</c>).</summary>
/// <param name="WithProjects">The boards at least one catalog project lists: what a visitor is looking for, shown first.</param>
/// <param name="Others">Every other board balena knows, shown folded under "all boards" (still linked, without JavaScript too).</param>
internal sealed record BoardsPageView(SiteView Site, PageMeta Meta, string Intro, IReadOnlyList<BoardView> WithProjects, IReadOnlyList<BoardView> Others) : IPageView;
