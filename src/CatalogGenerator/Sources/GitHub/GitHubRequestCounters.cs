namespace FleetCatalog.Sources.GitHub;

/// <summary>Thread-safe running totals behind <see cref="GitHubRequestCounts"/>.</summary>
internal sealed class GitHubRequestCounters
{
    private int _sent;
    private int _notModified;
    private int _rateLimited;
    private int _failed;

    public void RecordSent(bool notModified)
    {
        Interlocked.Increment(ref _sent);
        if (notModified)
        {
            Interlocked.Increment(ref _notModified);
        }
    }

    public void RecordFailure(GitHubFailureKind kind) =>
        Interlocked.Increment(ref kind == GitHubFailureKind.RateLimited ? ref _rateLimited : ref _failed);

    public GitHubRequestCounts Snapshot() =>
        new(Volatile.Read(ref _sent), Volatile.Read(ref _notModified), Volatile.Read(ref _rateLimited), Volatile.Read(ref _failed));
}
