using FleetCatalog.Sources.Git;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Git;

public sealed class GitClientResolveTests : IDisposable
{
    private const string Project = "balena-labs-projects__audio";
    private readonly LocalGitRepository repo;
    private readonly string first;
    private readonly string dev;
    private readonly string main;
    private readonly GitClient git = new();

    public GitClientResolveTests()
    {
        repo = LocalGitRepository.Create();
        first = repo.Write("balena.yml", "name: first\n").Commit("first");
        repo.Tag("v1.0", "first release").Tag("light");
        dev = repo.Branch("dev").Write("balena.yml", "name: dev\n").Commit("on dev");
        main = repo.Checkout("main").Write("README.md", "# main\n").Commit("second on main");
    }

    public void Dispose() => repo.Dispose();

    [Fact]
    public async Task No_reference_resolves_the_default_branch_and_names_it()
    {
        var result = await git.ResolveAsync(repo.Url, null);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(main, result.Commit);
        Assert.Equal("main", result.DefaultBranch);
        Assert.Equal("refs/heads/main", result.RefName);
        Assert.Equal(GitRefKind.DefaultBranch, result.Kind);
        Assert.Equal(1, git.LsRemoteCalls);
        Assert.Equal(main, (await git.ResolveAsync(repo.Url, " ")).Commit);
    }

    [SharedDataFact]
    public async Task A_default_branch_not_called_main_is_found_in_a_corpus_repository()
    {
        using var corpus = LocalGitRepository.FromCorpus(Project, defaultBranch: "master");

        var result = await git.ResolveAsync(corpus.Url, "HEAD");

        Assert.Equal(corpus.Head, result.Commit);
        Assert.Equal("master", result.DefaultBranch);
    }

    [Fact]
    public async Task A_branch_resolves_to_its_tip_and_still_reports_the_default_branch()
    {
        var result = await git.ResolveAsync(repo.Url, "dev");

        Assert.Equal(dev, result.Commit);
        Assert.Equal(GitRefKind.Branch, result.Kind);
        Assert.Equal("refs/heads/dev", result.RefName);
        Assert.Equal("main", result.DefaultBranch);
    }

    [Fact]
    public async Task An_annotated_tag_resolves_to_its_commit_not_to_the_tag_object()
    {
        var result = await git.ResolveAsync(repo.Url, "v1.0");

        Assert.Equal(first, result.Commit);
        Assert.NotEqual(repo.RevParse("v1.0"), result.Commit);
        Assert.Equal(GitRefKind.Tag, result.Kind);
        Assert.Equal("refs/tags/v1.0", result.RefName);
    }

    [Fact]
    public async Task A_lightweight_tag_and_a_full_ref_name_resolve()
    {
        Assert.Equal(first, (await git.ResolveAsync(repo.Url, "light")).Commit);
        Assert.Equal(dev, (await git.ResolveAsync(repo.Url, "refs/heads/dev")).Commit);
    }

    [Fact]
    public async Task A_tag_wins_over_a_branch_of_the_same_name_as_in_git()
    {
        repo.Git("branch", "v1.0", dev);

        var result = await git.ResolveAsync(repo.Url, "v1.0");

        Assert.Equal(first, result.Commit);
        Assert.Equal(GitRefKind.Tag, result.Kind);
    }

    [Fact]
    public async Task A_full_sha_is_returned_as_is_in_lower_case()
    {
        var result = await git.ResolveAsync(repo.Url, first.ToUpperInvariant());

        Assert.Equal(first, result.Commit);
        Assert.Equal(GitRefKind.Commit, result.Kind);
        Assert.Null(result.RefName);
        Assert.Equal("main", result.DefaultBranch);
    }

    [Fact]
    public async Task An_abbreviated_sha_of_a_branch_tip_resolves_to_the_full_sha()
    {
        var result = await git.ResolveAsync(repo.Url, dev[..8]);

        Assert.Equal(dev, result.Commit);
        Assert.Equal(GitRefKind.Commit, result.Kind);
    }

    [Fact]
    public async Task An_abbreviated_sha_that_is_no_tip_asks_for_the_full_sha()
    {
        var older = repo.Write("x.txt", "x").Commit();
        repo.Commit("newer");

        var result = await git.ResolveAsync(repo.Url, older[..10]);

        Assert.Equal(GitFailureKind.RefNotFound, result.Failure?.Kind);
        Assert.Contains($"'{older[..10]}'", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("full 40-character commit SHA", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_branch_is_RefNotFound_with_a_suggestion()
    {
        var result = await git.ResolveAsync(repo.Url, "mian");

        Assert.False(result.Succeeded);
        Assert.Equal(GitFailureKind.RefNotFound, result.Failure.Kind);
        Assert.Equal($"there is no branch or tag 'mian' in {repo.Url}; did you mean 'main'?", result.Failure.Message);
        Assert.Equal(2, git.LsRemoteCalls);
    }

    [Fact]
    public async Task An_unknown_ref_with_nothing_close_names_the_default_branch()
    {
        var result = await git.ResolveAsync(repo.Url, "production-2019");

        Assert.EndsWith("; the default branch is 'main'", result.Failure?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a b")]
    [InlineData("--upload-pack=touch /tmp/x")]
    [InlineData("main..dev")]
    [InlineData("v1^{}")]
    public async Task A_reference_git_could_never_accept_fails_without_asking_the_host(string reference)
    {
        var result = await git.ResolveAsync(repo.Url, reference);

        Assert.Equal(GitFailureKind.RefNotFound, result.Failure?.Kind);
        Assert.Contains($"'{reference}' cannot be a branch, tag or commit name", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(0, git.LsRemoteCalls);
    }

    [Fact]
    public async Task A_missing_repository_is_NotFound_and_named()
    {
        var missing = repo.Url + "-gone";

        var result = await git.ResolveAsync(missing, null);

        Assert.Equal(GitFailureKind.NotFound, result.Failure?.Kind);
        Assert.StartsWith($"repository {missing} was not found", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("does not appear to be a git repository", result.Failure.StderrTail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repository_deleted_after_a_first_resolve_is_NotFound()
    {
        Assert.True((await git.ResolveAsync(repo.Url, null)).Succeeded);
        repo.DeleteRepository();

        Assert.Equal(GitFailureKind.NotFound, (await git.ResolveAsync(repo.Url, null)).Failure?.Kind);
    }

    [Fact]
    public async Task An_empty_repository_says_it_has_no_commits()
    {
        using var empty = LocalGitRepository.Create();

        var result = await git.ResolveAsync(empty.Url, null);

        Assert.Equal(GitFailureKind.RefNotFound, result.Failure?.Kind);
        Assert.Contains("has no commits yet", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-oProxyCommand=touch /tmp/x")]
    [InlineData("https://example.com/a\nb")]
    public async Task A_url_that_is_not_one_fails_without_running_git(string url)
    {
        var result = await git.ResolveAsync(url, null);

        Assert.Equal(GitFailureKind.Failed, result.Failure?.Kind);
        Assert.Contains("is not a git URL", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(0, git.LsRemoteCalls);
    }

    [Fact]
    public async Task A_transport_that_runs_commands_is_refused()
    {
        var result = await git.ResolveAsync("ext::sh -c touch% /tmp/pwned", null);

        Assert.Equal(GitFailureKind.Failed, result.Failure?.Kind);
        Assert.Contains("uses a transport the catalog does not allow", result.Failure!.Message, StringComparison.Ordinal);
    }
}
