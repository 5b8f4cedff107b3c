using System.Buffers;

namespace FleetCatalog.Output;

/// <summary>Where a URL in a page leads, as a site-relative path (decoded) and fragment (as written).</summary>
internal sealed record LinkTarget(LinkTargetKind Kind, string Path, string? Fragment)
{
    private static readonly LinkTarget External = new(LinkTargetKind.External, string.Empty, null);

    // RFC 3986's unreserved characters and the path's slashes: Uri neither escapes nor unescapes them.
    private static readonly SearchValues<char> Verbatim = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");

    /// <summary>Resolves <paramref name="url"/> as a browser would on <paramref name="page"/> (a site file path).</summary>
    public static LinkTarget Resolve(string page, string url, SiteUrls urls)
    {
        // Browsers strip leading and trailing ASCII whitespace from URL attributes.
        url = url.Trim(' ', '\t', '\n', '\r', '\f');
        if (url.Length == 0)
        {
            return new LinkTarget(LinkTargetKind.Internal, SitePath.UrlPathOf(page), null);
        }

        if (HasScheme(url) && !url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
        {
            return External;
        }

        // "#name" on the page itself, both written in characters a URL keeps as they are: what Uri would work out,
        // without making two of them. A guide's links to its own headings are most of the links left to resolve.
        var pagePath = SitePath.UrlPathOf(page);
        if (url[0] == '#' && IsVerbatim(url.AsSpan(1)) && IsVerbatim(pagePath))
        {
            return new LinkTarget(LinkTargetKind.Internal, pagePath, url.Length > 1 ? url[1..] : null);
        }

        return IsOnAnotherHost(url, urls) ? External : WithUri(pagePath, url, urls);
    }

    /// <summary><see cref="Resolve"/> by <see cref="Uri"/> alone, for an URL already trimmed; the tests hold the shortcut to it.</summary>
    internal static LinkTarget WithUri(string pagePath, string url, SiteUrls urls)
    {
        var pageUrl = new Uri(urls.Absolute(pagePath));
        if (!Uri.TryCreate(pageUrl, url, out var resolved))
        {
            return new LinkTarget(LinkTargetKind.Malformed, string.Empty, null);
        }

        if (!IsRelative(url) && (!string.Equals(resolved.Host, urls.BaseUrl.Host, StringComparison.OrdinalIgnoreCase) || resolved.Port != urls.BaseUrl.Port))
        {
            return External;
        }

        var fragment = resolved.Fragment.Length > 1 ? resolved.Fragment[1..] : null;
        var path = resolved.AbsolutePath;
        if (!path.StartsWith(urls.BasePath, StringComparison.Ordinal))
        {
            // An absolute URL on the same host but outside the base path is another site on that host.
            return IsRelative(url)
                ? new LinkTarget(LinkTargetKind.OutsideBase, Uri.UnescapeDataString(path), fragment)
                : External;
        }

        return new LinkTarget(LinkTargetKind.Internal, Uri.UnescapeDataString(path[urls.BasePath.Length..]), fragment);
    }

    private static bool IsVerbatim(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(Verbatim);

    // "https://github.com/...": a host written plainly (no port, user, escapes or backslashes) that is not the site's.
    // Most of a site's distinct addresses are such links out, and Uri would parse each only to say so.
    private static bool IsOnAnotherHost(string url, SiteUrls urls)
    {
        var rest = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url.AsSpan(8)
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url.AsSpan(7)
            : default;
        var end = rest.IndexOfAny('/', '?', '#');
        var host = end < 0 ? rest : rest[..end];
        return host.Length > 0 && IsVerbatim(host) && !host.Equals(urls.BaseUrl.Host, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsRelative(string url) => !HasScheme(url) && !url.StartsWith("//", StringComparison.Ordinal);

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(url[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(url[i]) && url[i] is not '+' and not '-' and not '.')
            {
                return false;
            }
        }

        return true;
    }
}
