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

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>GitHub asks clients not to fire many requests at once (secondary limits); a few are fine.</summary>
    public int MaxConcurrentRequests { get; init; } = 4;
}
