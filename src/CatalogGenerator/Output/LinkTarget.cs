namespace FleetCatalog.Output;

/// <summary>Where a URL in a page leads, as a site-relative path (decoded) and fragment (as written).</summary>
internal sealed record LinkTarget(LinkTargetKind Kind, string Path, string? Fragment)
{
    private static readonly LinkTarget External = new(LinkTargetKind.External, string.Empty, null);

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

        var pageUrl = new Uri(urls.Absolute(SitePath.UrlPathOf(page)));
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
