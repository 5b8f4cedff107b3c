namespace FleetCatalog.Sources.GitHub;

/// <summary>How <see cref="GitHubMetadataClient"/> reaches GitHub and how patient it is.</summary>
/// <param name="CacheDirectory">Where ETags and the answers they stand for are kept between builds.</param>
internal sealed record GitHubMetadataOptions(string CacheDirectory)
{
    public static Uri DefaultApiUrl { get; } = new("https://api.github.com/");

    /// <summary>The REST API root: GitHub, a GitHub Enterprise server (<c>https://host/api/v3/</c>) or a test server.</summary>
    public Uri ApiUrl { get; init; } = DefaultApiUrl;

    /// <summary>A token (from <c>GITHUB_TOKEN</c>); null means the unauthenticated limit (60 requests an hour).</summary>
    public string? Token { get; init; }

    /// <summary>The longest the client waits for a rate limit to reset before giving up on the rest.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest the rate limit may hold the client over its whole life (one build); then it gives up for good.</summary>
    public TimeSpan MaxRateLimitWaitTotal { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>For one request: connecting, the headers and the whole body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a request answered 5xx, or whose connection failed, is tried again (timeouts are not).</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The pause before the first retry; the next ones wait that much longer each time.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>After this many failed requests in a row (timeouts, connection errors, 5xx after retries) GitHub is not asked again this build.</summary>
    public int FailuresBeforeGivingUp { get; init; } = Network.HostBreaker.DefaultThreshold;

    /// <summary>GitHub asks clients not to fire many requests at once (secondary limits); a few are fine.</summary>
    public int MaxConcurrentRequests { get; init; } = 4;
}
