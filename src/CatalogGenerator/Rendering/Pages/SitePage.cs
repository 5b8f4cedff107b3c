using FleetCatalog.Rendering.Model;

namespace FleetCatalog.Rendering.Pages;

/// <summary>One page to render: where it goes in the site, with which layout, from which view.</summary>
internal sealed record SitePage(string Path, string Layout, IPageView View);
