namespace FleetCatalog.Sources.Refresh;

/// <summary>How a build refreshes its projects.</summary>
/// <param name="CacheDirectory">The cache (<c>.catalog/cache</c> by default).</param>
/// <param name="Offline">Use only what the cache holds: no git, no GitHub, no downloads.</param>
/// <param name="GitHubApiUrl">GitHub's API, or a GitHub Enterprise or compatible server.</param>
/// <param name="GitHubToken">From <c>GITHUB_TOKEN</c>; without one the unauthenticated limit applies.</param>
/// <param name="Parallelism">How many projects are refreshed at once.</param>
internal sealed record RefreshOptions(
    string CacheDirectory,
    bool Offline = false,
    Uri? GitHubApiUrl = null,
    string? GitHubToken = null,
    int Parallelism = 4)
{
    /// <summary>Longest a build waits for a GitHub rate limit to reset before going on without metadata.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Per git command.</summary>
    public TimeSpan GitTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The build date the board rules see the device registry as of (<see cref="Devices.DeviceRegistry.AsOf"/>): a
    /// discontinuation dated on or before it has happened. Today (UTC) unless a test sets it.
    /// </summary>
    public DateOnly BuildDate { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Let logos come over plain http from 127.0.0.1 (tests only).</summary>
    public bool AllowInsecureLoopback { get; init; }
}
