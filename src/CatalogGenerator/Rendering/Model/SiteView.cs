namespace FleetCatalog.Rendering.Model;

/// <summary>
/// What every page knows about the site (from <c>site/site.yml</c>). URLs in view models are final: site-relative
/// ones already start with <see cref="BasePath"/>; build them with <see cref="Href"/> and <see cref="Absolute"/>.
/// </summary>
/// <param name="BaseUrl">The published address, e.g. <c>https://example.github.io/catalog</c> (no trailing slash).</param>
/// <param name="Language">The BCP 47 tag for <c>&lt;html lang&gt;</c>.</param>
/// <param name="EditLinkBase">Where the catalog's files are edited, ending in a slash (e.g. <c>https://github.com/o/r/edit/main/</c>).</param>
/// <param name="SearchUrl">The search form's action without JavaScript (GET with <c>q</c>): the catalog pages.</param>
/// <param name="SearchPageUrl">The search page, which the form leads to with JavaScript on; null when the site was built without search.</param>
/// <param name="RepositoryUrl">The catalog's own repository, linked from the footer.</param>
internal sealed record SiteView(
    string Title,
    string Tagline,
    string BaseUrl,
    string Language,
    IReadOnlyList<NavItemView> Navigation,
    string EditLinkBase,
    string SearchUrl,
    string RepositoryUrl,
    string? SearchPageUrl = null)
{
    /// <summary>The path part of <see cref="BaseUrl"/> without a trailing slash: <c>""</c> at a domain's root, <c>/catalog</c> below it.</summary>
    public string BasePath => new Uri(BaseUrl, UriKind.Absolute).AbsolutePath.TrimEnd('/');

    /// <summary>Where the theme's assets are served, ending in a slash.</summary>
    public string AssetsUrl => BasePath + "/assets/";

    /// <summary>A site path (<c>/projects/x/</c>) as an <c>href</c>, with the base path in front.</summary>
    public string Href(string path) => BasePath + EnsureLeadingSlash(path);

    /// <summary>A site path as an absolute URL, for canonical links, Open Graph and JSON-LD.</summary>
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + EnsureLeadingSlash(path);

    private static string EnsureLeadingSlash(string path) => path.StartsWith('/') ? path : "/" + path;
}
