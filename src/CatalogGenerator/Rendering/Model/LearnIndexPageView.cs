namespace FleetCatalog.Rendering.Model;

/// <summary>The learn index (layout <c>learn-index</c>, <c>/learn/</c>), pages in their front matter's order.</summary>
internal sealed record LearnIndexPageView(SiteView Site, PageMeta Meta, string Intro, IReadOnlyList<LearnSummaryView> Pages) : IPageView;
