namespace FleetCatalog.Rendering.Model;

/// <summary>A page's view model. Templates see it as <c>page</c> and its <see cref="Site"/> as <c>site</c>.</summary>
internal interface IPageView
{
    SiteView Site { get; }

    PageMeta Meta { get; }
}
