namespace FleetCatalog.Rendering.Model;

/// <summary>The page for a missing address (layout <c>not-found</c>, <c>404.html</c>); set <see cref="PageMeta.NoIndex"/>.</summary>
/// <param name="Suggestions">Where to go instead.</param>
internal sealed record NotFoundPageView(SiteView Site, PageMeta Meta, IReadOnlyList<LinkView> Suggestions) : IPageView;
