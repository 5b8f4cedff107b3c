namespace FleetCatalog.Sources.Git;

/// <summary>What a reference resolved through.</summary>
internal enum GitRefKind
{
    /// <summary>No reference was given: the repository's HEAD, its default branch.</summary>
    DefaultBranch,

    Branch,

    Tag,

    /// <summary>A commit SHA given directly (full, or abbreviated and matching a branch or tag tip).</summary>
    Commit,
}
