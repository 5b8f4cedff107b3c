using FleetCatalog.Sources.GitHub;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.GitHub;

/// <summary>
/// Every wait on GitHub has an end: a body that trickles or an answer that never comes stops at the request timeout,
/// a rate limit that keeps coming back stops at the build's total wait, a GitHub that keeps failing is not asked
/// again, and a passing server error is tried again. The bounds are made small through the options; the tests check
/// what happened (the failure and its words, the requests made), not how long it took.
/// </summary>
public sealed class GitHubMetadataClientBoundsTests : IDisposable
{
    private readonly FakeGitHub _github = new();
    private readonly TempDirectory _cache = new();

    public GitHubMetadataClientBoundsTests()
    {
        for (var i = 1; i <= 6; i++)
        {
            _github.Add("o", $"r{i}");
        }
    }

    [Theory]
    [InlineData("trickle")]
    [InlineData("hang")]
    public async Task An_answer_that_trickles_or_never_comes_stops_at_the_request_timeout_and_is_not_retried(string kind)
    {
        // A trickle sends the headers at once and 2 KB at a byte every 50 ms (100 s): only a bound on the body stops it.
        _github.Fault = kind == "trickle" ? FakeGitHubFault.Trickle(TimeSpan.FromMilliseconds(50)) : FakeGitHubFault.Hang();
        using var client = Client(timeout: TimeSpan.FromMilliseconds(400));

        var result = await client.GetAsync("o", "r1", CancellationToken.None);

        Assert.Equal(GitHubFailureKind.Unavailable, result.Failure?.Kind);
        Assert.Contains("did not answer for 'o/r1' in time (no complete answer within 0.4 s)", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Single(_github.Requests);
    }

    [Fact]
    public async Task After_repeated_failures_GitHub_is_not_asked_again_this_build()
    {
        _github.Fault = FakeGitHubFault.Hang();
        using var client = Client(timeout: TimeSpan.FromMilliseconds(200), failuresBeforeGivingUp: 2);

        var results = new List<GitHubMetadataResult>();
        for (var i = 1; i <= 6; i++)
        {
            results.Add(await client.GetAsync("o", $"r{i}", CancellationToken.None));
        }

        Assert.All(results, r => Assert.Equal(GitHubFailureKind.Unavailable, r.Failure?.Kind));
        Assert.Equal(2, _github.Requests.Count);
        Assert.All(results.Skip(2), r => Assert.Contains(
            "was not asked about", r.Failure!.Message, StringComparison.Ordinal));
        Assert.Contains("not tried again after 2 failures in a row this build", results[^1].Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_success_between_failures_keeps_GitHub_asked()
    {
        _github["o/r1"].Fault = FakeGitHubFault.Hang();
        _github["o/r3"].Fault = FakeGitHubFault.Hang();
        using var client = Client(timeout: TimeSpan.FromMilliseconds(200), failuresBeforeGivingUp: 2);

        var results = new List<GitHubMetadataResult>();
        foreach (var name in new[] { "r1", "r2", "r3", "r4" })
        {
            results.Add(await client.GetAsync("o", name, CancellationToken.None));
        }

        Assert.Equal([false, true, false, true], results.Select(r => r.Succeeded));
    }

    [Fact]
    public async Task A_rate_limit_that_keeps_coming_back_stops_at_the_builds_total_wait()
    {
        // Each 403 says "reset in 2 s" (rounded up to a whole second, so 2 to 3 s away): within the wait for one
        // reset, but the build may wait 3 s in all, which two such resets pass.
        _github.Fault = FakeGitHubFault.RateLimitAgain(TimeSpan.FromSeconds(2));
        using var client = Client(maxWait: TimeSpan.FromSeconds(5), maxTotalWait: TimeSpan.FromSeconds(3));

        var results = new List<GitHubMetadataResult>();
        for (var i = 1; i <= 4; i++)
        {
            results.Add(await client.GetAsync("o", $"r{i}", CancellationToken.None));
        }

        Assert.All(results, r => Assert.Equal(GitHubFailureKind.RateLimited, r.Failure?.Kind));
        // The first lookup waits once and is refused again; then the total is spent and nothing more is sent.
        Assert.Equal([403, 403], _github.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_server_error_then_a_good_answer_is_retried_and_succeeds()
    {
        _github.Fault = FakeGitHubFault.ServerError(times: 1, status: System.Net.HttpStatusCode.BadGateway);
        using var client = Client();

        var result = await client.GetAsync("o", "r1", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(42, result.Metadata!.Stars);
        Assert.Equal([502, 200, 200], _github.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_refused_connection_is_tried_again_a_bounded_number_of_times()
    {
        var unreachable = new Uri(FakeBalenaApi.UnreachableUrl());
        using var client = new GitHubMetadataClient(new GitHubMetadataOptions(_cache.Path)
        {
            ApiUrl = unreachable,
            Retries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            FailuresBeforeGivingUp = 1,
        });

        var first = await client.GetAsync("o", "r1", CancellationToken.None);
        var second = await client.GetAsync("o", "r2", CancellationToken.None);

        Assert.Equal(GitHubFailureKind.Unavailable, first.Failure?.Kind);
        Assert.Contains("could not be reached", first.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("not tried again after 1 failure in a row", second.Failure!.Message, StringComparison.Ordinal);
    }

    private GitHubMetadataClient Client(TimeSpan? maxWait = null, TimeSpan? maxTotalWait = null, TimeSpan? timeout = null, int failuresBeforeGivingUp = 3) =>
        new(new GitHubMetadataOptions(_cache.Path)
        {
            ApiUrl = _github.ApiUrl,
            MaxRateLimitWait = maxWait ?? TimeSpan.FromSeconds(3),
            MaxRateLimitWaitTotal = maxTotalWait ?? TimeSpan.FromSeconds(3),
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
            RetryDelay = TimeSpan.FromMilliseconds(10),
            FailuresBeforeGivingUp = failuresBeforeGivingUp,
        });

    public void Dispose()
    {
        _github.Dispose();
        _cache.Dispose();
    }
}
