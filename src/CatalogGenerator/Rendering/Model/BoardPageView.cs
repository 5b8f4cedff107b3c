namespace FleetCatalog.Rendering.Model;

/// <summary>One board and the projects that run on it (layout <c>board</c>, <c>/devices/&lt;slug&gt;/</c>).</summary>
internal sealed record BoardPageView(SiteView Site, PageMeta Meta, BoardView Board, IReadOnlyList<ProjectCardView> Projects) : IPageView;
