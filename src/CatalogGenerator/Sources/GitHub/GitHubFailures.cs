using System.Globalization;
using System.Net;
using Octokit;

namespace FleetCatalog.Sources.GitHub;

/// <summary>Turns whatever went wrong during a lookup into a <see cref="GitHubFailure"/> a maker can act on.</summary>
internal static class GitHubFailures
{
    public static GitHubFailure From(Exception error, string repository, Uri apiUrl, bool authenticated) => error switch
    {
        GitHubRateLimitedException limited => RateLimited(repository, limited.ResetAt, limited.Secondary, authenticated),
        SecondaryRateLimitExceededException => RateLimited(repository, DateTimeOffset.UtcNow.AddMinutes(1), secondary: true, authenticated),
        RateLimitExceededException quota => RateLimited(repository, quota.Reset, secondary: false, authenticated),
        NotFoundException => NotFound(repository),
        AuthorizationException => new(
            GitHubFailureKind.Unauthorized,
            $"GitHub rejected the token in GITHUB_TOKEN (401 Bad credentials) while reading '{repository}'; "
            + "replace the token, or unset GITHUB_TOKEN to build with the unauthenticated limit."),
        ForbiddenException forbidden => new(
            GitHubFailureKind.Unauthorized,
            $"GitHub refused access to '{repository}' (403{Detail(forbidden)}); check that the repository is public "
            + "or that the token in GITHUB_TOKEN may read it."),
        ApiException { StatusCode: >= HttpStatusCode.InternalServerError } server => new(
            GitHubFailureKind.Unavailable,
            $"GitHub answered {(int)server.StatusCode} (a server error) for '{repository}'; this usually passes, "
            + "and the next build will try again."),
        ApiException other => new(
            GitHubFailureKind.Unavailable,
            $"GitHub answered {(int)other.StatusCode}{Detail(other)} for '{repository}', so its stars, licence "
            + "and latest release were not refreshed."),
        GitHubSkippedException skipped => new(
            GitHubFailureKind.Unavailable,
            $"GitHub at {apiUrl} was not asked about '{repository}': {skipped.Message}; the next build will try again."),
        TimeoutException timeout => new(
            GitHubFailureKind.Unavailable,
            $"GitHub did not answer for '{repository}' in time ({timeout.Message}); the next build will try again."),
        HttpRequestException network => new(
            GitHubFailureKind.Unavailable,
            $"GitHub could not be reached at {apiUrl} ({network.Message}) for '{repository}'; check the network, "
            + "or --github-api-url if you set it."),
        _ => new(
            GitHubFailureKind.Unavailable,
            $"GitHub's answer for '{repository}' could not be read ({error.Message}); the next build will try again."),
    };

    public static GitHubFailure NotFound(string repository) => new(
        GitHubFailureKind.NotFound,
        $"GitHub has no repository '{repository}' (404); check the repository URL in the entry. "
        + "A private repository also answers 404: catalog projects must be public.");

    private static GitHubFailure RateLimited(string repository, DateTimeOffset resetAt, bool secondary, bool authenticated)
    {
        var at = resetAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        var why = secondary
            ? $"GitHub asked the build to slow down (secondary rate limit) until {at}"
            : $"GitHub's rate limit is used up until {at}";
        var advice = authenticated || secondary
            ? "build again after that."
            : "set GITHUB_TOKEN to raise the limit from 60 to 5,000 requests an hour, or build again after that.";
        return new(GitHubFailureKind.RateLimited, $"{why}, so the metadata of '{repository}' was not refreshed; {advice}", resetAt);
    }

    private static string Detail(ApiException error) =>
        string.IsNullOrWhiteSpace(error.ApiError?.Message) ? string.Empty : $": {error.ApiError.Message.Trim()}";
}
