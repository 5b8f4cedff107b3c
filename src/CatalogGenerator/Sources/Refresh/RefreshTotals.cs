namespace FleetCatalog.Sources.Refresh;

/// <summary>What a refresh cost: the report's totals.</summary>
internal sealed record RefreshTotals(
    int Projects,
    int Fetched,
    int Unchanged,
    int Stale,
    int Failed,
    int GitLsRemotes,
    int GitFetches,
    int GitHubRequests,
    int GitHubNotModified,
    int GitHubRateLimited,
    int LogoDownloads,
    TimeSpan Elapsed);
