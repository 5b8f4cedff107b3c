namespace FleetCatalog.Rendering.Model;

/// <summary>Every project's fetch and validation result, in public (layout <c>status</c>, <c>/status/</c>).</summary>
internal sealed record StatusPageView(SiteView Site, PageMeta Meta, StatusCountsView Counts, IReadOnlyList<StatusRowView> Projects) : IPageView;
