using FleetCatalog.Sources.Git;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Git;

/// <summary>A git host that keeps failing to answer is left alone for the rest of the build; other hosts are not.</summary>
public sealed class GitHostBreakerTests : IDisposable
{
    private readonly SilentTcpServer silent = new();

    public void Dispose() => silent.Dispose();

    [Fact]
    public async Task A_host_that_refuses_connections_is_not_asked_again_after_the_limit()
    {
        var git = new GitClient(new GitOptions { Timeout = TimeSpan.FromSeconds(20), FailuresBeforeGivingUp = 2 });
        var host = $"127.0.0.1:{new Uri(FakeBalenaApi.UnreachableUrl()).Port}";

        var results = new List<GitResolveResult>();
        for (var i = 1; i <= 5; i++)
        {
            results.Add(await git.ResolveAsync($"git://{host}/o/r{i}", null));
        }

        Assert.All(results, r => Assert.Equal(GitFailureKind.Unreachable, r.Failure?.Kind));
        Assert.Equal(2, git.LsRemoteCalls);
        Assert.Contains($"{host} was not tried again after 2 failures in a row this build", results[^1].Failure!.Message, StringComparison.Ordinal);
        // The cause of the real failures is carried on, so an outage is told with git's own words once.
        Assert.Equal(GitFailures.Cause(results[0].Failure!), GitFailures.Cause(results[^1].Failure!));
    }

    [Fact]
    public async Task Timeouts_count_too_and_another_host_is_still_asked()
    {
        var git = new GitClient(new GitOptions { Timeout = TimeSpan.FromMilliseconds(500), FailuresBeforeGivingUp = 1 });

        var first = await git.ResolveAsync(silent.GitUrl, null);
        var again = await git.ResolveAsync(silent.GitUrl.Replace("/repo", "/other", StringComparison.Ordinal), null);
        using var local = LocalGitRepository.Create();
        local.Write("a.txt", "a").Commit();
        var elsewhere = await git.ResolveAsync(local.Url, null);

        Assert.Equal(GitFailureKind.Timeout, first.Failure?.Kind);
        Assert.Equal(GitFailureKind.Unreachable, again.Failure?.Kind);
        Assert.Contains("not tried again", again.Failure!.Message, StringComparison.Ordinal);
        Assert.True(elsewhere.Succeeded, elsewhere.Failure?.Message);
        Assert.Equal(2, git.LsRemoteCalls);
    }

    [Theory]
    [InlineData("https://github.com/o/r", "github.com")]
    [InlineData("https://user:token@gitlab.example.com:8443/o/r.git", "gitlab.example.com:8443")]
    [InlineData("git@github.com:o/r.git", "github.com")]
    [InlineData("github.com:o/r.git", "github.com")]
    [InlineData("file:///srv/git/o/r", null)]
    [InlineData("/srv/git/o/r", null)]
    public void The_host_is_read_from_every_kind_of_address(string url, string? host) => Assert.Equal(host, GitClient.HostOf(url));
}
