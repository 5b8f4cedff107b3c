using FleetCatalog.Sources.GitHub;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.GitHub;

public sealed class GitHubMetadataClientTests : IDisposable
{
    private readonly FakeGitHub _github = new();
    private readonly TempDirectory _cache = new();

    [Fact]
    public async Task Reads_every_field_from_the_repository_and_its_latest_release()
    {
        _github.Add("balena-labs-projects", "balena-sound", r =>
        {
            r.Stars = 812;
            r.Topics = ["audio", "bluetooth", "spotify"];
            r.License = "MIT";
            r.Description = "Turn any speaker into a multi-room audio system";
            r.DefaultBranch = "master";
            r.PushedAt = new DateTimeOffset(2024, 3, 2, 10, 30, 0, TimeSpan.Zero);
            r.Releases = [new("v4.1.0-rc1", Prerelease: true), new("v4.0.0", "Spring", new DateTimeOffset(2024, 2, 1, 8, 0, 0, TimeSpan.Zero)), new("v3.9.0")];
        });
        using var client = Client();

        var result = await client.GetAsync("balena-labs-projects", "balena-sound", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        var metadata = result.Metadata;
        Assert.Equal(812, metadata.Stars);
        Assert.Equal(["audio", "bluetooth", "spotify"], metadata.Topics.ToArray());
        Assert.Equal("MIT", metadata.License);
        Assert.Equal("Turn any speaker into a multi-room audio system", metadata.Description);
        Assert.Equal("master", metadata.DefaultBranch);
        Assert.False(metadata.Archived);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 10, 30, 0, TimeSpan.Zero), metadata.PushedAt);
        Assert.Equal("https://github.com/balena-labs-projects/balena-sound", metadata.HtmlUrl);
        Assert.Equal(new ReleaseInfo("v4.0.0", "Spring", new DateTimeOffset(2024, 2, 1, 8, 0, 0, TimeSpan.Zero),
            "https://github.com/balena-labs-projects/balena-sound/releases/tag/v4.0.0"), metadata.LatestRelease);
        Assert.False(result.NotModified);
    }

    [Fact]
    public async Task A_fork_names_its_parent_and_the_root_of_its_network_and_the_original_lists_its_forks()
    {
        var original = _github.Add("balena-labs-projects", "audio");
        var fork = _github.Add("someone", "audio").ForkOf(original);
        _github.Add("another", "audio").ForkOf(fork);
        using var client = Client();

        var ofFork = await client.GetAsync("another", "audio", CancellationToken.None);
        var ofOriginal = await client.GetAsync("balena-labs-projects", "audio", CancellationToken.None);
        var forks = await client.ForksAsync("balena-labs-projects", "audio", 1, CancellationToken.None);

        Assert.Equal("https://github.com/someone/audio", ofFork.Metadata!.ForkOf);
        Assert.Equal("https://github.com/balena-labs-projects/audio", ofFork.Metadata.ForkSource);
        Assert.Null(ofOriginal.Metadata!.ForkOf);
        Assert.Equal(1, ofOriginal.Metadata.Forks);
        Assert.Equal(["https://github.com/someone/audio"], forks);
        Assert.Null(await client.ForksAsync("nobody", "missing", 1, CancellationToken.None));
    }

    [Fact]
    public async Task A_repository_without_releases_has_no_latest_release_and_is_not_a_failure()
    {
        _github.Add("o", "no-releases", r => { r.Releases = []; r.License = null; r.Description = null; r.Archived = true; });
        using var client = Client();

        var result = await client.GetAsync("o", "no-releases", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Null(result.Metadata.LatestRelease);
        Assert.Null(result.Metadata.License);
        Assert.Null(result.Metadata.Description);
        Assert.True(result.Metadata.Archived);
    }

    [Fact]
    public async Task Unchanged_repositories_are_answered_304_on_the_next_build_and_keep_their_metadata()
    {
        _github.Add("o", "one", r => r.Releases = [new("v1.0.0")]);
        _github.Add("o", "two");
        using (var first = Client())
        {
            await first.GetAsync("o", "one", CancellationToken.None);
            await first.GetAsync("o", "two", CancellationToken.None);
        }

        var cold = await Client().GetAsync("o", "one", CancellationToken.None);
        _github.ClearRequests();
        var quota = _github.QuotaRemaining;
        using var second = Client();

        var one = await second.GetAsync("o", "one", CancellationToken.None);
        var two = await second.GetAsync("o", "two", CancellationToken.None);

        Assert.NotEmpty(_github.Requests);
        Assert.All(_github.Requests, r => Assert.Equal(304, r.Status));
        Assert.All(_github.Requests, r => Assert.True(r.IsConditional, r.Path));
        Assert.Equal(quota, _github.QuotaRemaining);
        Assert.True(one.NotModified);
        Assert.True(two.NotModified);
        Assert.Equal(cold.Metadata, one.Metadata, MetadataComparer.Instance);
        Assert.Equal("v1.0.0", one.Metadata!.LatestRelease?.Tag);
        Assert.Equal(new GitHubRequestCounts(4, 4, 0, 0), second.Counts);
    }

    [Fact]
    public async Task A_changed_repository_is_answered_200_with_the_new_data()
    {
        var repository = _github.Add("o", "changing");
        using (var first = Client())
        {
            await first.GetAsync("o", "changing", CancellationToken.None);
        }

        repository.Stars = 1000;
        repository.Releases = [new("v2.0.0")];
        _github.ClearRequests();
        using var second = Client();

        var result = await second.GetAsync("o", "changing", CancellationToken.None);

        Assert.Equal(1000, result.Metadata!.Stars);
        Assert.Equal("v2.0.0", result.Metadata.LatestRelease?.Tag);
        Assert.False(result.NotModified);
        Assert.Equal([200, 200], _github.Requests.Select(r => r.Status));
        Assert.All(_github.Requests, r => Assert.True(r.IsConditional));
    }

    [Fact]
    public async Task An_unknown_repository_is_not_found_and_names_it()
    {
        using var client = Client();

        var result = await client.GetAsync("o", "gone", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(GitHubFailureKind.NotFound, result.Failure.Kind);
        Assert.Contains("'o/gone'", result.Failure.Message, StringComparison.Ordinal);
        Assert.Single(_github.Requests);
        Assert.Equal(new GitHubRequestCounts(1, 0, 0, 1), client.Counts);
    }

    [Theory]
    [InlineData("o", "../../etc")]
    [InlineData("o/x", "r")]
    [InlineData("", "r")]
    [InlineData("o", "r?x=1")]
    public async Task A_name_github_cannot_have_is_not_found_without_asking(string owner, string name)
    {
        using var client = Client();

        var result = await client.GetAsync(owner, name, CancellationToken.None);

        Assert.Equal(GitHubFailureKind.NotFound, result.Failure?.Kind);
        Assert.Empty(_github.Requests);
    }

    [Fact]
    public async Task A_renamed_repository_is_followed_and_its_page_names_the_new_place()
    {
        _github.Add("new-owner", "project");
        _github.Redirect("old-owner", "project", "new-owner", "project");
        using var client = Client();

        var result = await client.GetAsync("old-owner", "project", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal("https://github.com/new-owner/project", result.Metadata.HtmlUrl);
    }

    [Fact]
    public async Task The_token_is_sent_as_an_authorization_header_when_given()
    {
        _github.Add("o", "r");
        using var client = Client(token: "ghp_secret");

        await client.GetAsync("o", "r", CancellationToken.None);

        Assert.NotEmpty(_github.Requests);
        Assert.All(_github.Requests, r => Assert.Equal("token ghp_secret", r.Header("Authorization"), ignoreCase: true));
    }

    [Fact]
    public async Task No_authorization_header_is_sent_without_a_token()
    {
        _github.Add("o", "r");
        using var client = Client(token: null);

        await client.GetAsync("o", "r", CancellationToken.None);

        Assert.NotEmpty(_github.Requests);
        Assert.All(_github.Requests, r => Assert.Null(r.Header("Authorization")));
        Assert.All(_github.Requests, r => Assert.StartsWith("FleetCatalog/", r.Header("User-Agent"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_token_is_unauthorized_and_says_what_to_do()
    {
        _github.Add("o", "r");
        _github.AcceptedToken = "the-right-one";
        using var client = Client(token: "a-wrong-one");

        var result = await client.GetAsync("o", "r", CancellationToken.None);

        Assert.Equal(GitHubFailureKind.Unauthorized, result.Failure?.Kind);
        Assert.Contains("GITHUB_TOKEN", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_github_enterprise_base_path_is_kept()
    {
        using var enterprise = new FakeGitHub("/api/v3/");
        enterprise.Add("o", "r", r => r.Stars = 7);
        using var client = new GitHubMetadataClient(new GitHubMetadataOptions(_cache.Path) { ApiUrl = new Uri(enterprise.Url.TrimEnd('/')) });

        var result = await client.GetAsync("o", "r", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(7, result.Metadata.Stars);
        Assert.All(enterprise.Requests, r => Assert.StartsWith("/api/v3/repos/o/r", r.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lookups_in_parallel_share_the_client()
    {
        for (var i = 0; i < 12; i++)
        {
            _github.Add("o", $"r{i}", r => r.Stars = 100 + r.Name.Length);
        }

        using var client = Client();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.GetAsync("o", $"r{i}", CancellationToken.None)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Message));
        Assert.Equal(24, client.Counts.Sent);
    }

    private GitHubMetadataClient Client(string? token = null) =>
        new(new GitHubMetadataOptions(_cache.Path) { ApiUrl = _github.ApiUrl, Token = token, MaxRateLimitWait = TimeSpan.FromSeconds(5) });

    public void Dispose()
    {
        _github.Dispose();
        _cache.Dispose();
    }

    private sealed class MetadataComparer : IEqualityComparer<RepositoryMetadata?>
    {
        public static readonly MetadataComparer Instance = new();

        public bool Equals(RepositoryMetadata? x, RepositoryMetadata? y) =>
            x is not null && y is not null && x with { Topics = [] } == y with { Topics = [] } && x.Topics.SequenceEqual(y.Topics);

        public int GetHashCode(RepositoryMetadata? obj) => 0;
    }
}
