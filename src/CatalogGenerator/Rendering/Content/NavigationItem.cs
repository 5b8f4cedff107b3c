namespace FleetCatalog.Rendering.Content;

/// <summary>One link of the site's main menu, in the order site.yml lists them.</summary>
/// <param name="Url">A page of the site written from its root (<c>/projects/</c>), or a full https address.</param>
internal sealed record NavigationItem(string Label, string Url);
