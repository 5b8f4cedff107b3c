namespace FleetCatalog.Rendering.Content;

/// <summary>The addresses site.yml holds: the site's base URL, the edit link base and navigation links.</summary>
internal static class ContentUrls
{
    public const string BaseUrlExample = "https://fleet-catalog.example.org/";

    /// <summary>
    /// The base URL every absolute link (feeds, sitemap, Open Graph) starts with, with a trailing slash, or why it
    /// cannot be one. http is accepted for a local preview. Use it for <c>catalog build --base-url</c> too.
    /// </summary>
    public static (string? Url, string? Problem) NormalizeBaseUrl(string text) => Normalize(text, httpsOnly: false);

    /// <summary>The "edit file" address a repository path is appended to, with a trailing slash, or why it cannot be one.</summary>
    public static (string? Url, string? Problem) NormalizeEditLinkBase(string text) => Normalize(text, httpsOnly: true);

    /// <summary>
    /// Null when <paramref name="url"/> is usable in the navigation: a page of this site written from its root
    /// (<c>/projects/</c>), or a full https address; otherwise why not.
    /// </summary>
    public static string? NavigationProblem(string url)
    {
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? "holds a space; write '%20' or use a hyphen" : null;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0)
        {
            return null;
        }

        var path = "/" + url.TrimStart('/').TrimEnd('/') + "/";
        return url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':', StringComparison.Ordinal)
            ? "must be a page of this site written from its root, such as '/projects/', or a full https:// address"
            : $"must start with '/' so it works from every page; did you mean '{path}'?";
    }

    private static (string? Url, string? Problem) Normalize(string text, bool httpsOnly)
    {
        var schemes = httpsOnly ? "https://" : "https:// (or http:// for a local preview)";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.IsFile || uri.IsUnc)
        {
            return (null, $"is not a full address; write it with {schemes}, such as '{BaseUrlExample}'");
        }

        if (uri.Scheme != Uri.UriSchemeHttps && (httpsOnly || uri.Scheme != Uri.UriSchemeHttp))
        {
            return (null, $"uses '{uri.Scheme}:'; it must start with {schemes}");
        }

        if (uri.UserInfo.Length > 0)
        {
            return (null, "holds a user name or password, which every visitor would see; remove it");
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return (null, "has a '?' query or a '#' fragment; links are made by adding paths to it, so remove them");
        }

        var url = uri.GetLeftPart(UriPartial.Path);
        return (url.EndsWith('/') ? url : url + "/", null);
    }
}
