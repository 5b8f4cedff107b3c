namespace FleetCatalog.Sources.Refresh;

/// <summary>What a build did with one project; the report names them in lower case.</summary>
internal enum SnapshotStatus
{
    /// <summary>A new commit was fetched and validated.</summary>
    Fetched,

    /// <summary>The commit is the cached one: nothing was downloaded.</summary>
    Unchanged,

    /// <summary>
    /// This build failed for the project, so the last good snapshot is shown, with the reason; also when only
    /// GitHub's metadata could not be refreshed and the last build's is shown.
    /// </summary>
    Stale,

    /// <summary>This build failed for the project and there is no earlier snapshot to fall back on.</summary>
    Failed,
}
