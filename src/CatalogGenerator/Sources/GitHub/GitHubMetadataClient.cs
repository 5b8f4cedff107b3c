using System.Text.RegularExpressions;
using Octokit;
using Octokit.Internal;

namespace FleetCatalog.Sources.GitHub;

/// <summary>
/// Reads a repository's GitHub metadata through Octokit, cheaply and politely: conditional requests with the
/// stored ETags (an unchanged repository costs no quota), one rate-limit state shared by all lookups (safe
/// to call in parallel), and failures returned as data. One instance per build.
/// </summary>
internal sealed partial class GitHubMetadataClient : IDisposable
{
    // The latest release is read from the release list rather than /releases/latest: a repository without
    // releases answers the list with an empty page that has an ETag (so 304 next time), but /latest with a
    // 404 that has none, which would cost quota on every build for the many projects that never release.
    private const int ReleasesScanned = 5;

    private readonly GitHubMetadataOptions _options;
    private readonly ConditionalRequestHttpClient _http;
    private readonly GitHubClient _github;
    private readonly GitHubRequestCounters _counters = new();

    public GitHubMetadataClient(GitHubMetadataOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options with { ApiUrl = WithTrailingSlash(options.ApiUrl) };
        var transport = new HttpClientAdapter(() => new BoundedResponseHandler(HttpMessageHandlerFactory.CreateDefault(), options.RequestTimeout));
        transport.SetRequestTimeout(options.RequestTimeout + TimeSpan.FromSeconds(5));
        var gate = new RateLimitGate(options.MaxRateLimitWait, options.MaxRateLimitWaitTotal, time ?? TimeProvider.System);
        _http = new ConditionalRequestHttpClient(
            new GuardedHttpClient(transport, gate, _counters, _options, new Network.HostBreaker(options.FailuresBeforeGivingUp)),
            new ResponseStore(options.CacheDirectory));
        var credentials = string.IsNullOrWhiteSpace(options.Token) ? Credentials.Anonymous : new Credentials(options.Token.Trim());
        var connection = new Connection(
            new ProductHeaderValue("FleetCatalog", typeof(GitHubMetadataClient).Assembly.GetName().Version?.ToString(3) ?? "0"),
            _options.ApiUrl,
            new InMemoryCredentialStore(credentials),
            _http,
            new SimpleJsonSerializer());
        _github = new GitHubClient(connection);
    }

    public GitHubRequestCounts Counts => _counters.Snapshot();

    public async Task<GitHubMetadataResult> GetAsync(string owner, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(name);
        var repository = $"{owner}/{name}";
        if (!OwnerPattern().IsMatch(owner) || !NamePattern().IsMatch(name) || name is "." or "..")
        {
            return Fail(GitHubFailures.NotFound(repository));
        }

        using var scope = GitHubCallScope.Begin(cancellationToken);
        try
        {
            var found = await _github.Repository.Get(owner, name);
            var release = await LatestReleaseAsync(owner, name);
            cancellationToken.ThrowIfCancellationRequested();
            return GitHubMetadataResult.Success(Map(found, release, repository), scope.AllNotModified);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(GitHubFailures.From(error, repository, _options.ApiUrl, !string.IsNullOrWhiteSpace(_options.Token)));
        }
    }

    /// <summary>
    /// The pages of the repository's forks, most starred first, at most <paramref name="pages"/> pages of 100
    /// (<c>catalog add</c> looks for a listed fork of a repository being added); null when GitHub cannot say.
    /// </summary>
    public async Task<IReadOnlyList<string>?> ForksAsync(string owner, string name, int pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(name);
        if (!OwnerPattern().IsMatch(owner) || !NamePattern().IsMatch(name) || name is "." or "..")
        {
            return null;
        }

        using var scope = GitHubCallScope.Begin(cancellationToken);
        try
        {
            var forks = await _github.Repository.Forks.GetAll(
                owner, name, new RepositoryForksListRequest { Sort = Sort.Stargazers }, new ApiOptions { PageSize = 100, PageCount = Math.Max(1, pages) });
            cancellationToken.ThrowIfCancellationRequested();
            return [.. forks.Select(f => f.HtmlUrl).Where(u => !string.IsNullOrEmpty(u))];
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            _counters.RecordFailure(GitHubFailures.From(error, $"{owner}/{name}", _options.ApiUrl, !string.IsNullOrWhiteSpace(_options.Token)).Kind);
            return null;
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<Release?> LatestReleaseAsync(string owner, string name)
    {
        try
        {
            var releases = await _github.Repository.Release.GetAll(owner, name, new ApiOptions { PageSize = ReleasesScanned, PageCount = 1 });
            return releases.FirstOrDefault(r => !r.Draft && !r.Prerelease);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private GitHubMetadataResult Fail(GitHubFailure failure)
    {
        _counters.RecordFailure(failure.Kind);
        return GitHubMetadataResult.Failed(failure);
    }

    private static RepositoryMetadata Map(Octokit.Repository repository, Release? release, string fullName) => new(
        repository.StargazersCount,
        [.. (repository.Topics ?? []).Where(t => !string.IsNullOrWhiteSpace(t))],
        NullIfEmpty(repository.License?.SpdxId),
        NullIfEmpty(repository.Description),
        repository.DefaultBranch ?? string.Empty,
        repository.Archived,
        repository.PushedAt,
        release is null ? null : new ReleaseInfo(release.TagName, NullIfEmpty(release.Name), release.PublishedAt, release.HtmlUrl ?? string.Empty),
        repository.HtmlUrl ?? $"https://github.com/{fullName}",
        repository.Fork ? NullIfEmpty(repository.Parent?.HtmlUrl) : null,
        repository.Fork ? NullIfEmpty(repository.Source?.HtmlUrl) : null,
        repository.ForksCount);

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");

    // GitHub's own rules, loosely: anything else cannot name a repository and must not reach a URL path.
    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")]
    private static partial Regex OwnerPattern();

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex NamePattern();
}
