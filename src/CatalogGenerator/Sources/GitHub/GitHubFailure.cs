namespace FleetCatalog.Sources.GitHub;

/// <summary>Why a repository's metadata could not be had, in words for the project's maker.</summary>
/// <param name="ResetAt">For <see cref="GitHubFailureKind.RateLimited"/>: when GitHub accepts requests again.</param>
internal sealed record GitHubFailure(GitHubFailureKind Kind, string Message, DateTimeOffset? ResetAt = null);
