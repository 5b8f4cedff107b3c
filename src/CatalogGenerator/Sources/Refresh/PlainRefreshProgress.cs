namespace FleetCatalog.Sources.Refresh;

/// <summary>One line per project, for CI logs and redirected output: <c>[ 3/75] fetched    sound  1a2b3c4</c>.</summary>
internal sealed class PlainRefreshProgress(TextWriter output) : IRefreshProgress
{
    private readonly Lock _lock = new();
    private int _total;
    private int _done;

    public void Start(int projects)
    {
        _total = projects;
        output.WriteLine($"Refreshing {projects} projects");
    }

    public void Done(string slug, SnapshotStatus status, string? commit)
    {
        lock (_lock)
        {
            _done++;
            var width = _total.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            var counter = _done.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width);
            var shortCommit = commit is { Length: >= 7 } ? commit[..7] : commit ?? "-";
            output.WriteLine($"[{counter}/{_total}] {status.ToString().ToLowerInvariant(),-9}  {slug}  {shortCommit}");
        }
    }
}
