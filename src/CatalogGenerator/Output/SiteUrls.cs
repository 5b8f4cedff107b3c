using System.Text;

namespace FleetCatalog.Output;

/// <summary>
/// The site's base URL (it may live below a host's root, e.g. <c>https://example.org/catalog/</c>) and the
/// addresses of the files the output stage writes, site-relative (no leading slash).
/// </summary>
internal sealed class SiteUrls
{
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string Feed = "feed.xml";
    public const string Catalog = "catalog.json";

    /// <param name="baseUrl">An absolute http(s) URL; a missing trailing slash is added.</param>
    public SiteUrls(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || baseUrl.Scheme is not ("https" or "http") || baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
        {
            throw new ArgumentException($"The site's base URL must be an http(s) address without query or fragment, not '{baseUrl}'.", nameof(baseUrl));
        }

        BaseUrl = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
    }

    public SiteUrls(string baseUrl)
        : this(new Uri(baseUrl, UriKind.Absolute))
    {
    }

    /// <summary>Always ends with a slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The path part of <see cref="BaseUrl"/>: "/" or "/catalog/".</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public static string ProjectPage(string slug) => $"projects/{slug}/";

    public static string ProjectJson(string slug) => $"projects/{slug}.json";

    public static string Badge(string slug) => $"badges/{slug}.svg";

    /// <summary>The absolute URL of a site-relative address (<c>projects/x/</c>), each segment percent-encoded.</summary>
    public string Absolute(string sitePath)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        var escaped = new StringBuilder(BaseUrl.AbsoluteUri);
        var segments = sitePath.TrimStart('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            escaped.Append(i == 0 ? string.Empty : "/").Append(Uri.EscapeDataString(segments[i]));
        }

        return escaped.ToString();
    }
}
