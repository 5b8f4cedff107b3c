namespace FleetCatalog.Sources.Refresh;

/// <summary>Where a refresh reports its progress: a live bar in a terminal, plain lines in CI and logs.</summary>
internal interface IRefreshProgress
{
    void Start(int projects);

    void Done(string slug, SnapshotStatus status, string? commit);
}
