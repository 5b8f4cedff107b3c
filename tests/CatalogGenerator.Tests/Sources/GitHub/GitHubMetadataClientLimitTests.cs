using System.Diagnostics;
using FleetCatalog.Sources.GitHub;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.GitHub;

/// <summary>Rate limits, server errors and slow answers: wait when it is short, degrade when it is not, never hammer.</summary>
public sealed class GitHubMetadataClientLimitTests : IDisposable
{
    private readonly FakeGitHub _github = new();
    private readonly TempDirectory _cache = new();

    public GitHubMetadataClientLimitTests()
    {
        for (var i = 1; i <= 3; i++)
        {
            _github.Add("o", $"r{i}");
        }
    }

    [Fact]
    public async Task A_rate_limit_that_resets_soon_is_waited_out_and_the_lookup_succeeds()
    {
        _github.Fault = FakeGitHubFault.RateLimit(DateTimeOffset.UtcNow.AddSeconds(1.2));
        using var client = Client(maxWait: TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();

        var result = await client.GetAsync("o", "r1", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"answered after {clock.Elapsed}");
        Assert.Equal([403, 200, 200], _github.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_rate_limit_whose_reset_has_passed_is_retried_at_once()
    {
        _github.Fault = FakeGitHubFault.RateLimit(DateTimeOffset.UtcNow.AddSeconds(-30), times: 1);
        using var client = Client();
        var clock = Stopwatch.StartNew();

        var result = await client.GetAsync("o", "r1", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"answered after {clock.Elapsed}");
        Assert.Equal([403, 200, 200], _github.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_far_reset_makes_every_lookup_rate_limited_at_once_without_asking_again()
    {
        var reset = DateTimeOffset.UtcNow.AddMinutes(40);
        _github.SetQuota(0, reset);
        using var client = Client();
        var clock = Stopwatch.StartNew();

        var results = new List<GitHubMetadataResult>();
        foreach (var name in new[] { "r1", "r2", "r3" })
        {
            results.Add(await client.GetAsync("o", name, CancellationToken.None));
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Single(_github.Requests);
        Assert.All(results, r => Assert.Equal(GitHubFailureKind.RateLimited, r.Failure?.Kind));
        Assert.All(results, r => Assert.Equal(FakeGitHubFault.WholeSeconds(reset), r.Failure!.ResetAt));
        Assert.Contains("GITHUB_TOKEN", results[0].Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("'o/r1'", results[0].Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(new GitHubRequestCounts(1, 0, 3, 0), client.Counts);
    }

    [Fact]
    public async Task When_the_quota_runs_out_mid_build_nothing_more_is_sent()
    {
        _github.SetQuota(3, DateTimeOffset.UtcNow.AddHours(1));
        using var client = Client();

        var first = await client.GetAsync("o", "r1", CancellationToken.None);
        var second = await client.GetAsync("o", "r2", CancellationToken.None);
        var third = await client.GetAsync("o", "r3", CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.Equal(GitHubFailureKind.RateLimited, second.Failure?.Kind);
        Assert.Equal(GitHubFailureKind.RateLimited, third.Failure?.Kind);
        Assert.Equal([200, 200, 200], _github.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Parallel_lookups_share_the_limit_and_stop_together()
    {
        _github.SetQuota(0, DateTimeOffset.UtcNow.AddHours(1));
        for (var i = 4; i <= 20; i++)
        {
            _github.Add("o", $"r{i}");
        }

        using var client = Client();

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => client.GetAsync("o", $"r{i}", CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(GitHubFailureKind.RateLimited, r.Failure?.Kind));
        Assert.True(_github.Requests.Count <= 4, $"{_github.Requests.Count} requests were sent after the limit was known");
    }

    [Fact]
    public async Task A_secondary_limit_with_a_short_retry_after_is_waited_out_once()
    {
        _github.Fault = FakeGitHubFault.SecondaryRateLimit(TimeSpan.FromSeconds(1), times: 1);
        using var client = Client();
        var clock = Stopwatch.StartNew();

        var result = await client.GetAsync("o", "r1", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"answered after {clock.Elapsed}");
        Assert.Equal([403, 200, 200], _github.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_secondary_limit_that_persists_is_retried_only_once()
    {
        _github.Fault = FakeGitHubFault.SecondaryRateLimit(TimeSpan.Zero);
        using var client = Client();

        var result = await client.GetAsync("o", "r1", CancellationToken.None);

        Assert.Equal(GitHubFailureKind.RateLimited, result.Failure?.Kind);
        Assert.Contains("slow down", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal([403, 403], _github.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_long_retry_after_degrades_instead_of_waiting()
    {
        _github.Fault = FakeGitHubFault.SecondaryRateLimit(TimeSpan.FromMinutes(10));
        using var client = Client();

        var first = await client.GetAsync("o", "r1", CancellationToken.None);
        var second = await client.GetAsync("o", "r2", CancellationToken.None);

        Assert.Equal(GitHubFailureKind.RateLimited, first.Failure?.Kind);
        Assert.Equal(GitHubFailureKind.RateLimited, second.Failure?.Kind);
        Assert.Single(_github.Requests);
    }

    [Fact]
    public async Task A_server_error_that_outlasts_the_retries_is_unavailable_and_does_not_stop_the_next_lookup()
    {
        // The first request and its two retries.
        _github.Fault = FakeGitHubFault.ServerError(times: 3);
        using var client = Client();

        var failed = await client.GetAsync("o", "r1", CancellationToken.None);
        var next = await client.GetAsync("o", "r2", CancellationToken.None);

        Assert.Equal(GitHubFailureKind.Unavailable, failed.Failure?.Kind);
        Assert.Contains("500", failed.Failure!.Message, StringComparison.Ordinal);
        Assert.True(next.Succeeded, next.Failure?.Message);
        Assert.Equal([500, 500, 500, 200, 200], _github.Requests.Select(r => r.Status));
        Assert.Equal(new GitHubRequestCounts(5, 0, 0, 1), client.Counts);
    }

    [Fact]
    public async Task A_slow_answer_times_out_as_unavailable()
    {
        _github["o/r1"].Fault = FakeGitHubFault.Slow(TimeSpan.FromSeconds(5));
        using var client = Client(timeout: TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var result = await client.GetAsync("o", "r1", CancellationToken.None);

        Assert.Equal(GitHubFailureKind.Unavailable, result.Failure?.Kind);
        Assert.Contains("in time", result.Failure!.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"gave up after {clock.Elapsed}");
    }

    [Fact]
    public async Task An_unreachable_server_is_unavailable()
    {
        using var client = new GitHubMetadataClient(new GitHubMetadataOptions(_cache.Path) { ApiUrl = new Uri(FakeBalenaApi.UnreachableUrl()), RetryDelay = TimeSpan.FromMilliseconds(10) });

        var result = await client.GetAsync("o", "r1", CancellationToken.None);

        Assert.Equal(GitHubFailureKind.Unavailable, result.Failure?.Kind);
    }

    [Fact]
    public async Task Cancelling_the_build_cancels_the_lookup()
    {
        _github.Fault = FakeGitHubFault.Slow(TimeSpan.FromSeconds(5));
        using var client = Client();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync("o", "r1", cancel.Token));
    }

    private GitHubMetadataClient Client(TimeSpan? maxWait = null, TimeSpan? timeout = null) =>
        new(new GitHubMetadataOptions(_cache.Path)
        {
            ApiUrl = _github.ApiUrl,
            MaxRateLimitWait = maxWait ?? TimeSpan.FromSeconds(3),
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
            RetryDelay = TimeSpan.FromMilliseconds(10),
        });

    public void Dispose()
    {
        _github.Dispose();
        _cache.Dispose();
    }
}
