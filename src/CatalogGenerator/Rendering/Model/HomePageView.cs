namespace FleetCatalog.Rendering.Model;

/// <summary>The home page (layout <c>home</c>).</summary>
/// <param name="Intro">What the catalog is, in one line.</param>
/// <param name="Boards">Boards to browse by, the cheapest and most common first.</param>
/// <param name="LearningPaths">Learn pages to start with.</param>
internal sealed record HomePageView(
    SiteView Site,
    PageMeta Meta,
    string Intro,
    int ProjectCount,
    IReadOnlyList<ProjectCardView> Featured,
    IReadOnlyList<ProjectCardView> Newest,
    IReadOnlyList<BoardView> Boards,
    IReadOnlyList<CategoryView> Categories,
    IReadOnlyList<LearnSummaryView> LearningPaths) : IPageView;
