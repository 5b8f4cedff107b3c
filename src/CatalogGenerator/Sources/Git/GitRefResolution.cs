using FleetCatalog.Diagnostics;

namespace FleetCatalog.Sources.Git;

/// <summary>Picks the commit a reference means from what ls-remote listed, and explains a miss.</summary>
internal static class GitRefResolution
{
    /// <summary>The resolution, or null when nothing matches (or, for no reference, the repository has no HEAD).</summary>
    public static GitResolveResult? Resolve(GitRemoteRefs refs, string? wanted)
    {
        if (wanted is null)
        {
            return refs.Head is { } head ? GitResolveResult.Resolved(head, GitRefKind.DefaultBranch, refs.HeadTarget ?? "HEAD", refs.DefaultBranch) : null;
        }

        if (GitRefNames.IsFullSha(wanted))
        {
            // Not checkable without fetching; a wrong one fails the fetch with RefNotFound.
            return GitResolveResult.Resolved(wanted.ToLowerInvariant(), GitRefKind.Commit, null, refs.DefaultBranch);
        }

        foreach (var candidate in GitRefNames.Candidates(wanted))
        {
            if (refs.CommitOf(candidate) is { } commit)
            {
                var kind = candidate.StartsWith(GitRefNames.Tags, StringComparison.Ordinal) ? GitRefKind.Tag : GitRefKind.Branch;
                return GitResolveResult.Resolved(commit, kind, candidate, refs.DefaultBranch);
            }
        }

        return GitRefNames.IsAbbreviatedSha(wanted) && refs.CommitsStartingWith(wanted) is [var only]
            ? GitResolveResult.Resolved(only, GitRefKind.Commit, null, refs.DefaultBranch)
            : null;
    }

    public static GitFailure NotFound(GitRemoteRefs refs, string wanted, string url)
    {
        var where = GitText.Redact(url);
        if (GitRefNames.IsAbbreviatedSha(wanted))
        {
            var matches = refs.CommitsStartingWith(wanted).Count;
            return new(GitFailureKind.RefNotFound, matches > 1
                ? $"commit '{wanted}' is ambiguous in {where} ({matches} commits start with it): write the full 40-character SHA"
                : $"'{wanted}' is not a branch or tag of {where}, nor the tip of one: write the full 40-character commit SHA", string.Empty);
        }

        var suggestion = DidYouMean.Phrase(DidYouMean.Closest(wanted, refs.ShortNames));
        var fallback = suggestion.Length == 0 && refs.DefaultBranch is { } main ? $"; the default branch is '{main}'" : string.Empty;
        return new(GitFailureKind.RefNotFound, $"there is no branch or tag '{wanted}' in {where}{suggestion}{fallback}", string.Empty);
    }
}
