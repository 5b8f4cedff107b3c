using System.Text.RegularExpressions;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>A project's repository as the https URL a manifest's <c>assets.repository</c> holds.</summary>
internal static partial class RepositoryUrl
{
    /// <summary>
    /// <c>https://github.com/owner/repo</c> from a git remote (<c>git@github.com:owner/repo.git</c>),
    /// a URL, <c>owner/repo</c> or the mistyped <c>https://github.com:owner/repo</c>; null when it is none of these.
    /// </summary>
    public static string? Normalize(string? remote)
    {
        if (string.IsNullOrWhiteSpace(remote))
        {
            return null;
        }

        var match = RemotePattern().Match(remote.Trim());
        if (match.Success)
        {
            return $"https://{match.Groups["host"].Value}/{match.Groups["path"].Value}";
        }

        return OwnerRepoPattern().IsMatch(remote.Trim()) ? "https://github.com/" + remote.Trim() : null;
    }

    /// <summary>The repository's own name (<c>balena-traefik</c>), the usual stand-in for a project's name.</summary>
    public static string? NameOf(string? url) =>
        url?.TrimEnd('/').Split('/') is { Length: > 3 } parts ? parts[^1] : null;

    /// <summary>Where GitHub serves the default branch's files as they are (<c>https://raw.githubusercontent.com/owner/repo/HEAD</c>), or null for other hosts.</summary>
    public static string? RawFileBase(string? url) =>
        url is not null && url.StartsWith("https://github.com/", StringComparison.OrdinalIgnoreCase)
            ? "https://raw.githubusercontent.com/" + url["https://github.com/".Length..].TrimEnd('/') + "/HEAD"
            : null;

    [GeneratedRegex(@"^(?:(?:https?|ssh|git)://(?:[^@/]+@)?|[^@/:]+@)?(?<host>[a-zA-Z0-9.-]+\.[a-z]{2,})[:/](?<path>[^/\s]+/[^/\s]+?)(?:\.git)?/?\z")]
    private static partial Regex RemotePattern();

    [GeneratedRegex(@"^[a-zA-Z0-9_.-]+/[a-zA-Z0-9_.-]+\z")]
    private static partial Regex OwnerRepoPattern();
}
