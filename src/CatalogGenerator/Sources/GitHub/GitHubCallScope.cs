namespace FleetCatalog.Sources.GitHub;

/// <summary>
/// The lookup in progress on this async flow. Octokit's calls take no cancellation token and return only
/// models, so the HTTP layers below it find the caller's token and report what they did through this.
/// </summary>
internal sealed class GitHubCallScope : IDisposable
{
    private static readonly AsyncLocal<GitHubCallScope?> Ambient = new();
    private readonly GitHubCallScope? _outer;
    private int _sent;
    private int _notModified;

    private GitHubCallScope(CancellationToken cancellationToken)
    {
        CancellationToken = cancellationToken;
        _outer = Ambient.Value;
        Ambient.Value = this;
    }

    public static GitHubCallScope? Current => Ambient.Value;

    public CancellationToken CancellationToken { get; }

    /// <summary>True when requests were made and every one was answered 304.</summary>
    public bool AllNotModified => Volatile.Read(ref _sent) > 0 && Volatile.Read(ref _sent) == Volatile.Read(ref _notModified);

    public static GitHubCallScope Begin(CancellationToken cancellationToken) => new(cancellationToken);

    public void RecordSent(bool notModified)
    {
        Interlocked.Increment(ref _sent);
        if (notModified)
        {
            Interlocked.Increment(ref _notModified);
        }
    }

    public void Dispose() => Ambient.Value = _outer;
}
