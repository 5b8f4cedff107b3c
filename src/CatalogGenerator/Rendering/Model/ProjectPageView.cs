namespace FleetCatalog.Rendering.Model;

/// <summary>A project's guide (layout <c>project</c>); put <see cref="StructuredData.ForProject"/> in <see cref="PageMeta.JsonLd"/>.</summary>
internal sealed record ProjectPageView(SiteView Site, PageMeta Meta, ProjectView Project) : IPageView;
