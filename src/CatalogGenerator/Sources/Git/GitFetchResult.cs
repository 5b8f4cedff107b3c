using System.Diagnostics.CodeAnalysis;

namespace FleetCatalog.Sources.Git;

/// <summary>The files a fetch wrote into its destination, or why it failed (the destination is then left empty).</summary>
internal sealed record GitFetchResult
{
    public string? Commit { get; init; }

    /// <summary>Paths relative to the destination, with '/' separators, sorted ordinally. The .git folder is gone.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Bytes transferred and written (git objects and files), for the build report.</summary>
    public long Bytes { get; init; }

    public GitFailure? Failure { get; init; }

    [MemberNotNullWhen(true, nameof(Commit))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static GitFetchResult Fetched(string commit, IReadOnlyList<string> files, long bytes) =>
        new() { Commit = commit, Files = files, Bytes = bytes };

    public static GitFetchResult Failed(GitFailure failure) => new() { Failure = failure };
}
