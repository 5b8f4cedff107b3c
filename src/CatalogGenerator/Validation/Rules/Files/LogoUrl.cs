using System.Text.RegularExpressions;
using FleetCatalog.Projects;

namespace FleetCatalog.Validation.Rules.Files;

/// <summary>What is wrong with a logo URL, if anything. Each logo gets at most one finding: the first that applies.</summary>
internal enum LogoUrlProblem
{
    None,
    WebPage,
    NotHttps,
    NotImage,
}

/// <summary>The verdict on a logo URL, with the URL most likely meant when one can be worked out.</summary>
internal sealed record LogoUrlVerdict(LogoUrlProblem Problem, string? Suggestion = null);

/// <summary>
/// Judges <c>assets.logo.data.url</c>: balenaHub and the catalog show it in an &lt;img&gt; on an https page, so it must
/// be an https link to the image file itself.
/// </summary>
internal static partial class LogoUrl
{
    public static IReadOnlyList<string> ImageExtensions { get; } = [".png", ".jpg", ".jpeg", ".svg", ".webp", ".gif"];

    public static LogoUrlVerdict Judge(string url, RepositoryUrl? repository)
    {
        var text = url.Trim();
        if (RawUrlOfWebPage(text) is { } raw)
        {
            return new(LogoUrlProblem.WebPage, raw);
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0)
        {
            return new(LogoUrlProblem.NotHttps, HttpsSuggestion(text, repository));
        }

        if (ServesImagesWithoutExtension(uri) || ImageExtensions.Any(e => uri.AbsolutePath.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return new(LogoUrlProblem.None);
        }

        return new(LogoUrlProblem.NotImage);
    }

    /// <summary>
    /// The raw file behind a GitHub or GitLab "blob" page (an HTML page about the file). <c>?raw=true</c> links and
    /// <c>/raw/</c> paths are left alone: GitHub redirects them to the file itself.
    /// </summary>
    public static string? RawUrlOfWebPage(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if ((host == "github.com" || host == "www.github.com") && segments.Length >= 5 && segments[2] == "blob" && !AsksForRaw(uri.Query))
        {
            return $"https://raw.githubusercontent.com/{segments[0]}/{segments[1]}/{string.Join('/', segments[3..])}";
        }

        var blob = Array.IndexOf(segments, "blob");
        if (host.StartsWith("gitlab.", StringComparison.Ordinal) && blob >= 3 && segments[blob - 1] == "-" && segments.Length > blob + 2)
        {
            return $"https://{host}/{string.Join('/', segments[..blob])}/raw/{string.Join('/', segments[(blob + 1)..])}";
        }

        return null;
    }

    /// <summary>True for a file path such as <c>logo.png</c> or <c>./assets/logo.png</c>: no scheme and no host.</summary>
    public static bool IsPath(string text) =>
        text.Length > 0 && !Scheme().IsMatch(text) && !text.StartsWith("//", StringComparison.Ordinal) && !HostLike().IsMatch(text);

    private static bool AsksForRaw(string query) => RawQuery().IsMatch(query);

    // Image hosts whose URLs name no file: GitHub avatars and files attached to issues or READMEs.
    private static bool ServesImagesWithoutExtension(Uri uri) =>
        uri.Host.Equals("avatars.githubusercontent.com", StringComparison.OrdinalIgnoreCase)
        || (uri.Host.Equals("github.com", StringComparison.OrdinalIgnoreCase) && uri.AbsolutePath.StartsWith("/user-attachments/assets/", StringComparison.Ordinal));

    private static string? HttpsSuggestion(string text, RepositoryUrl? repository)
    {
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return "https://" + text[7..];
        }

        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            return "https:" + text;
        }

        if (!IsPath(text))
        {
            return Scheme().IsMatch(text) || text.Length == 0 ? null : "https://" + text;
        }

        // A path in the repository: GitHub serves it raw from the default branch (HEAD).
        var path = text.TrimStart('.', '/');
        return repository is { IsGitHub: true } && path.Length > 0
            ? $"https://raw.githubusercontent.com/{repository.Path}/HEAD/{path}"
            : null;
    }

    [GeneratedRegex(@"(?:^\?|&)raw=(?:true|1)(?:&|$)", RegexOptions.IgnoreCase)]
    private static partial Regex RawQuery();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    // "example.com/logo.png" or "www.example.com/x": a host name (ending in a letters-only label) before the first slash.
    [GeneratedRegex(@"^(?:[a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}/", RegexOptions.CultureInvariant)]
    private static partial Regex HostLike();
}
