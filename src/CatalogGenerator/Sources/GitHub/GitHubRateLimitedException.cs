namespace FleetCatalog.Sources.GitHub;

/// <summary>Thrown below Octokit when a request must not be sent (or retried) before <see cref="ResetAt"/>.</summary>
internal sealed class GitHubRateLimitedException : Exception
{
    public GitHubRateLimitedException(DateTimeOffset resetAt, bool secondary)
        : base($"GitHub rate limit until {resetAt:u}")
    {
        ResetAt = resetAt;
        Secondary = secondary;
    }

    public DateTimeOffset ResetAt { get; }

    /// <summary>GitHub's "slow down" limit on bursts, rather than the hourly quota.</summary>
    public bool Secondary { get; }
}
