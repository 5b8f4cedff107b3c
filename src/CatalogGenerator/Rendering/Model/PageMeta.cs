namespace FleetCatalog.Rendering.Model;

/// <summary>What the base layout needs about any page: its head (title, description, canonical, Open Graph, JSON-LD) and its place in the site.</summary>
/// <param name="Title">The page's own title; the base layout adds the site's title after it (except on the home page).</param>
/// <param name="Path">The page's <c>href</c> (base path included).</param>
/// <param name="CanonicalUrl">The absolute address.</param>
/// <param name="Section">Which navigation entry is current (<c>home</c>, <c>projects</c>, <c>devices</c>, <c>learn</c>, <c>status</c>, <c>deploy-button</c>), or empty.</param>
/// <param name="Breadcrumbs">From the home page down to the parent of this page; empty for top pages.</param>
/// <param name="OgType">Open Graph type: <c>website</c>, or <c>article</c> for guides and learn pages.</param>
/// <param name="ImageUrl">An absolute image for link previews, or null.</param>
/// <param name="JsonLd">Structured data from <see cref="StructuredData"/>, or null.</param>
/// <param name="EditUrl">Where this page's source is edited, or null.</param>
/// <param name="NoIndex">True for pages search engines should skip (404).</param>
internal sealed record PageMeta(
    string Title,
    string Description,
    string Path,
    string CanonicalUrl,
    string Section,
    IReadOnlyList<LinkView> Breadcrumbs,
    string OgType = "website",
    string? ImageUrl = null,
    SafeHtml? JsonLd = null,
    string? EditUrl = null,
    bool NoIndex = false)
{
    /// <summary>The usual page head for <paramref name="path"/> (a site path such as <c>/projects/</c>).</summary>
    public static PageMeta For(SiteView site, string title, string description, string path, string section, params IReadOnlyList<LinkView> breadcrumbs) =>
        new(title, description, site.Href(path), site.Absolute(path), section, breadcrumbs);
}
