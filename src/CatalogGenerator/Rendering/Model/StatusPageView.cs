namespace FleetCatalog.Rendering.Model;

/// <summary>Every project's fetch and validation result, in public (layout <c>status</c>, <c>/status/</c>).</summary>
/// <param name="BuildDate">When the site was built. Only this page says so: a date on every page would change every page
/// each day, and a nightly build with nothing new would rewrite the whole site.</param>
internal sealed record StatusPageView(SiteView Site, PageMeta Meta, StatusCountsView Counts, IReadOnlyList<StatusRowView> Projects, DateView BuildDate) : IPageView;
