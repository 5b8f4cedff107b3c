using System.Text.RegularExpressions;

namespace FleetCatalog.Rendering.Markdown.Links;

/// <summary>Reading hrefs: which are absolute, which are safe, which are on the site.</summary>
internal static partial class LinkTargets
{
    /// <summary>True when the href starts with a scheme (<c>https:</c>, <c>mailto:</c>), i.e. is not relative.</summary>
    public static bool HasScheme(string href) => Scheme().IsMatch(href);

    /// <summary>The only absolute targets a guide keeps, whatever the sanitiser let through.</summary>
    public static bool IsSafeAbsolute(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    public static bool IsOnSite(string url, Uri? site) =>
        site is not null && url.StartsWith(site.AbsoluteUri, StringComparison.OrdinalIgnoreCase);

    /// <summary>A protocol-relative URL (<c>//host/path</c>) made explicit; the site is served over https.</summary>
    public static string Absolute(string href) => href.StartsWith("//", StringComparison.Ordinal) ? "https:" + href : href;

    /// <summary>An image on a GitHub file page (<c>github.com/o/r/blob/ref/x.png</c>, which GitHub itself shows as the image) as its raw file.</summary>
    public static string RawGitHubImage(string url)
    {
        var match = GitHubBlob().Match(url);
        return match.Success ? $"https://raw.githubusercontent.com/{match.Groups[1].Value}/{match.Groups[2].Value}/{match.Groups[3].Value}" : url;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex("^https?://(?:www\\.)?github\\.com/([^/?#]+)/([^/?#]+)/blob/(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GitHubBlob();
}
