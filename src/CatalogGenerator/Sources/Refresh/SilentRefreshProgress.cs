namespace FleetCatalog.Sources.Refresh;

/// <summary>Reports nothing: for tests and for callers that print their own summary.</summary>
internal sealed class SilentRefreshProgress : IRefreshProgress
{
    public void Start(int projects)
    {
    }

    public void Done(string slug, SnapshotStatus status, string? commit)
    {
    }
}
