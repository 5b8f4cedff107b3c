namespace FleetCatalog.Rendering.Model;

/// <summary>Every board (layout <c>boards</c>, <c>/devices/</c>).</summary>
internal sealed record BoardsPageView(SiteView Site, PageMeta Meta, string Intro, IReadOnlyList<BoardView> Boards) : IPageView;
