using System.Text.RegularExpressions;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;

namespace FleetCatalog.Validation.Rules.Remote;

/// <summary>
/// A logo linked from a feature branch breaks the day the branch is merged and deleted; from the default
/// branch (or HEAD) it stays. Tags and commit hashes never move, so they are fine too.
/// </summary>
internal sealed partial class LogoUrlShouldUseDefaultBranch : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Project.Remote is not { } remote || context.Manifest.Logo?.Url is not { Text: { } url } logo)
        {
            yield break;
        }

        var match = RawGitHubUrl().Match(url);
        if (!match.Success || RepositoryUrl.Parse(context.Project.Repository) is not { } repository
            || !repository.Equals(RepositoryUrl.Parse($"https://github.com/{match.Groups["owner"].Value}/{match.Groups["name"].Value}")))
        {
            yield break;
        }

        var branch = match.Groups["ref"].Value;
        if (match.Groups["tag"].Success || branch == remote.DefaultBranch || branch == "HEAD" || CommitHash().IsMatch(branch) || branch.StartsWith('v') && char.IsAsciiDigit(branch.ElementAtOrDefault(1)))
        {
            yield break;
        }

        var fixedUrl = string.Concat(url.AsSpan(0, match.Groups["ref"].Index), remote.DefaultBranch, url.AsSpan(match.Groups["ref"].Index + branch.Length));
        yield return DiagnosticCodes.LogoOnOtherBranch.Create(
            $"the logo is linked from branch '{branch}', not the default branch '{remote.DefaultBranch}', so it breaks when that branch is deleted: did you mean '{fixedUrl}'?",
            context.File, logo.Span);
    }

    [GeneratedRegex(@"^https?://raw\.githubusercontent\.com/(?<owner>[^/]+)/(?<name>[^/]+)/(?:refs/heads/(?<ref>[^/]+)|refs/tags/(?<tag>[^/]+)|(?<ref>[^/]+))/", RegexOptions.IgnoreCase)]
    private static partial Regex RawGitHubUrl();

    [GeneratedRegex("^[0-9a-f]{7,40}$")]
    private static partial Regex CommitHash();
}
