using FleetCatalog.Sources.GitHub;

namespace FleetCatalog.Sources.Refresh;

/// <summary>
/// What the cache keeps about a project's last good snapshot (snapshot.json beside its files): enough to
/// skip the fetch when the commit is unchanged and to fall back on when a later build fails.
/// </summary>
internal sealed record SnapshotRecord(
    string Slug,
    string Repository,
    string? Ref,
    string Commit,
    string? DefaultBranch,
    DateTimeOffset FetchedAt,
    string ManifestPath,
    string GuidePath,
    RepositoryMetadata? Metadata,
    SnapshotLogo? Logo);
