using System.Diagnostics.CodeAnalysis;

namespace FleetCatalog.Projects;

/// <summary>
/// A repository named by any of the ways people write it (https or http, <c>ssh://</c>, <c>git://</c>,
/// <c>git@host:owner/repo.git</c>, with or without <c>www.</c>, <c>.git</c>, a trailing slash or a page below it such as
/// <c>/tree/main</c>), reduced to host and path, so that two spellings of one repository are equal.
/// Owner and name compare case-insensitively, as GitHub, GitLab and Bitbucket treat them.
/// </summary>
internal sealed class RepositoryUrl : IEquatable<RepositoryUrl>
{
    // Hosts where a repository is always owner/name, so anything after is a page of it (github.com/o/r/blob/...).
    private static readonly HashSet<string> TwoSegmentHosts = new(StringComparer.Ordinal) { "github.com", "bitbucket.org", "codeberg.org" };

    private static readonly HashSet<string> Schemes = new(StringComparer.Ordinal) { "https", "http", "ssh", "git" };

    private RepositoryUrl(string host, string path)
    {
        Host = host;
        Path = path;
    }

    /// <summary>Lower-case host without <c>www.</c>, user or port: <c>github.com</c>.</summary>
    public string Host { get; }

    /// <summary><c>owner/name</c> as written (GitLab: <c>group/subgroup/name</c>), without <c>.git</c> or slashes at the ends.</summary>
    public string Path { get; }

    public string Owner => Path[..Path.LastIndexOf('/')];

    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    public bool IsGitHub => Host == "github.com";

    /// <summary>The repository's home page, the form to show people: <c>https://github.com/owner/name</c>.</summary>
    public string WebUrl => $"https://{Host}/{Path}";

    /// <summary>Where GitHub serves the default branch's files as they are (<c>https://raw.githubusercontent.com/owner/repo/HEAD</c>); null off GitHub.</summary>
    public string? RawFileBase => IsGitHub ? $"https://raw.githubusercontent.com/{Path}/HEAD" : null;

    public static RepositoryUrl? Parse(string? text) => TryParse(text, out var url) ? url : null;

    /// <summary>Reads a repository URL; false for anything that does not name one repository (a user page, a local path, text).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out RepositoryUrl? url)
    {
        url = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (trimmed.StartsWith("git+", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        var (host, path) = trimmed.Contains("://", StringComparison.Ordinal) ? SplitUri(trimmed) : SplitSchemeless(trimmed);
        if (host is null || path is null)
        {
            return false;
        }

        host = host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var repositoryPath = RepositoryPath(host, path);
        if (repositoryPath is null)
        {
            return false;
        }

        url = new RepositoryUrl(host, repositoryPath);
        return true;
    }

    /// <summary>Owner and name of a GitHub repository URL in any form; false for other hosts.</summary>
    public static bool TryParseGitHub(string? text, [NotNullWhen(true)] out string? owner, [NotNullWhen(true)] out string? name)
    {
        owner = name = null;
        if (!TryParse(text, out var url) || !url.IsGitHub)
        {
            return false;
        }

        (owner, name) = (url.Owner, url.Name);
        return true;
    }

    /// <summary>True when both texts name the same repository; false when either is not a repository URL.</summary>
    public static bool AreSame(string? a, string? b) => TryParse(a, out var x) && TryParse(b, out var y) && x.Equals(y);

    public bool Equals(RepositoryUrl? other) =>
        other is not null && Host == other.Host && string.Equals(Path, other.Path, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as RepositoryUrl);

    public override int GetHashCode() => HashCode.Combine(Host, StringComparer.OrdinalIgnoreCase.GetHashCode(Path));

    public override string ToString() => WebUrl;

    // https://user:token@host:443/o/r.git?x#y: the user, port, query and fragment say nothing about which repository it is.
    private static (string? Host, string? Path) SplitUri(string text)
    {
        // https://github.com:owner/repo: an scp-style path pasted after a scheme (seen in real manifests); mean the obvious.
        var authority = text.IndexOf("://", StringComparison.Ordinal) + 3;
        var slash = text.IndexOf('/', authority);
        var at = text.LastIndexOf('@', slash < 0 ? text.Length - 1 : slash);
        var colon = text.IndexOf(':', Math.Max(authority, at + 1));
        if (colon > 0 && (slash < 0 || colon < slash) && colon + 1 < text.Length && !char.IsAsciiDigit(text[colon + 1]))
        {
            text = text[..colon] + "/" + text[(colon + 1)..];
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !Schemes.Contains(uri.Scheme) || uri.Host.Length == 0)
        {
            return (null, null);
        }

        return (uri.Host, Uri.UnescapeDataString(uri.AbsolutePath));
    }

    // git@github.com:owner/repo.git (scp-like, what git clone over ssh uses) or github.com/owner/repo (scheme left out).
    private static (string? Host, string? Path) SplitSchemeless(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            var hasUser = at >= 0 && at < colon;
            var host = hasUser ? text[(at + 1)..colon] : text[..colon];

            // A host has a dot, or a user before it when it is an ssh alias (git@work:o/r); "C:/src" and "data:image/png" are not hosts.
            var looksLikeHost = host.Length > 0 && (hasUser || host.Contains('.', StringComparison.Ordinal)) && (at < 0 || hasUser);
            return looksLikeHost ? (host, text[(colon + 1)..]) : (null, null);
        }

        if (at >= 0 || slash <= 0)
        {
            return (null, null);
        }

        var first = text[..slash];
        return first.Contains('.', StringComparison.Ordinal) && !first.StartsWith('.') ? (first, text[slash..]) : (null, null);
    }

    private static string? RepositoryPath(string host, string path)
    {
        // GitLab puts every page of a repository after "/-/": gitlab.com/group/sub/repo/-/tree/main.
        var dash = path.IndexOf("/-/", StringComparison.Ordinal);
        if (dash >= 0)
        {
            path = path[..dash];
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (TwoSegmentHosts.Contains(host) && segments.Count > 2)
        {
            segments.RemoveRange(2, segments.Count - 2);
        }

        if (segments.Count >= 2 && segments[^1].EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            segments[^1] = segments[^1][..^4];
        }

        if (segments.Count < 2 || segments.Any(s => s.Length == 0 || s == "." || s == ".." || s.Contains(':', StringComparison.Ordinal)))
        {
            return null;
        }

        return string.Join('/', segments);
    }
}
