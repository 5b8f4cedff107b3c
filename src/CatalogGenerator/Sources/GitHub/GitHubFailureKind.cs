namespace FleetCatalog.Sources.GitHub;

internal enum GitHubFailureKind
{
    /// <summary>No such repository, or a private one the token cannot see (GitHub answers 404 for both).</summary>
    NotFound,

    /// <summary>The rate limit is used up and resets later than the build is willing to wait.</summary>
    RateLimited,

    /// <summary>GitHub answered 5xx, did not answer in time, could not be reached, or sent something unreadable.</summary>
    Unavailable,

    /// <summary>GitHub refused the token (401) or access to the repository (403).</summary>
    Unauthorized,
}
