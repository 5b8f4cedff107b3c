namespace FleetCatalog.Sources.GitHub;

/// <summary>Totals for the build report.</summary>
/// <param name="Sent">HTTP requests that reached the network, retries included.</param>
/// <param name="NotModified">Of those, how many GitHub answered 304 (free of quota).</param>
/// <param name="RateLimited">Lookups that ended rate limited.</param>
/// <param name="Failed">Lookups that ended in any other failure.</param>
internal sealed record GitHubRequestCounts(int Sent, int NotModified, int RateLimited, int Failed);
