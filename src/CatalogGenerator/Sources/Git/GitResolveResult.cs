using System.Diagnostics.CodeAnalysis;

namespace FleetCatalog.Sources.Git;

/// <summary>The commit a reference points to, and the repository's default branch; or why it could not be found.</summary>
internal sealed record GitResolveResult
{
    /// <summary>The full commit SHA (a peeled tag gives the commit, not the tag object).</summary>
    public string? Commit { get; init; }

    /// <summary>The branch HEAD points to ("main"); null when the host does not say or on failure.</summary>
    public string? DefaultBranch { get; init; }

    /// <summary>The full ref that matched ("refs/tags/v1.0", "refs/heads/main"); null for a commit given directly.</summary>
    public string? RefName { get; init; }

    public GitRefKind Kind { get; init; }

    public GitFailure? Failure { get; init; }

    [MemberNotNullWhen(true, nameof(Commit))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static GitResolveResult Resolved(string commit, GitRefKind kind, string? refName, string? defaultBranch) =>
        new() { Commit = commit, Kind = kind, RefName = refName, DefaultBranch = defaultBranch };

    public static GitResolveResult Failed(GitFailure failure) => new() { Failure = failure };
}
