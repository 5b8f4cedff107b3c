using FleetCatalog.Sources.Git;

namespace FleetCatalog.Tests.Sources.Git;

public sealed class GitFailuresTests
{
    private const string Url = "https://github.com/someone/something";

    [Theory]
    [InlineData("fatal: could not read Username for 'https://github.com': terminal prompts disabled", "AuthenticationRequired")]
    [InlineData("git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.", "AuthenticationRequired")]
    [InlineData("remote: HTTP Basic: Access denied\nfatal: Authentication failed for 'https://gitlab.com/x/y.git/'", "AuthenticationRequired")]
    [InlineData("ERROR: Repository not found.\nfatal: Could not read from remote repository.", "NotFound")]
    [InlineData("remote: Repository not found.\nfatal: repository 'https://github.com/a/b/' not found", "NotFound")]
    [InlineData("fatal: unable to access 'https://example.com/x/': The requested URL returned error: 404", "NotFound")]
    [InlineData("fatal: '/srv/git/x' does not appear to be a git repository", "NotFound")]
    [InlineData("fatal: unable to access 'https://nohost.invalid/x/': Could not resolve host: nohost.invalid", "Unreachable")]
    [InlineData("fatal: unable to access 'https://127.0.0.1:9/x/': Failed to connect to 127.0.0.1 port 9: Connection refused", "Unreachable")]
    [InlineData("fatal: the remote end hung up unexpectedly", "Failed")]
    public void Stderr_is_read_for_the_kind_of_failure(string stderr, string kind)
    {
        var failure = GitFailures.From(new GitProcessResult(GitProcessOutcome.Exited, 128, string.Empty, stderr), "ls-remote", Url, GitOptions.Default);

        Assert.Equal(kind, failure.Kind.ToString());
        Assert.Contains(Url, failure.Message, StringComparison.Ordinal);
        Assert.Equal(stderr, failure.StderrTail);
    }

    [Fact]
    public void A_private_or_missing_github_repository_is_explained()
    {
        var failure = GitFailures.From(
            new GitProcessResult(GitProcessOutcome.Exited, 128, string.Empty, "fatal: could not read Username for 'https://github.com': terminal prompts disabled"),
            "ls-remote", Url, GitOptions.Default);

        Assert.Equal($"repository {Url} asks for a login, so it is private or does not exist: the catalog can only list public repositories", failure.Message);
    }

    [Fact]
    public void An_unreachable_host_says_what_git_said()
    {
        var failure = GitFailures.From(
            new GitProcessResult(GitProcessOutcome.Exited, 128, string.Empty, "fatal: unable to access 'https://nohost.invalid/x/': Could not resolve host: nohost.invalid\n"),
            "ls-remote", "https://nohost.invalid/x", GitOptions.Default);

        Assert.Equal("could not reach https://nohost.invalid/x: unable to access 'https://nohost.invalid/x/': Could not resolve host: nohost.invalid", failure.Message);
    }

    [Fact]
    public void Tokens_and_passwords_never_reach_a_message_or_the_logs()
    {
        var failure = GitFailures.From(
            new GitProcessResult(GitProcessOutcome.Exited, 128, string.Empty, "fatal: unable to access 'https://user:s3cret@example.com/x/': The requested URL returned error: 500"),
            "ls-remote", "https://ghp_token123@example.com/x", GitOptions.Default);

        Assert.DoesNotContain("s3cret", failure.Message + failure.StderrTail, StringComparison.Ordinal);
        Assert.DoesNotContain("ghp_token123", failure.Message + failure.StderrTail, StringComparison.Ordinal);
        Assert.Contains("https://***@example.com/x", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://user:pw@host/x", "https://***@host/x")]
    [InlineData("ssh://git:pw@host/x", "ssh://git:***@host/x")]
    [InlineData("ssh://git@github.com/a/b", "ssh://git@github.com/a/b")]
    [InlineData("git@github.com:a/b.git", "git@github.com:a/b.git")]
    public void Redact_keeps_user_names_that_are_not_secrets(string url, string shown) => Assert.Equal(shown, GitText.Redact(url));

    [Theory]
    [InlineData("fatal: unable to access 'https://github.com/o/r/': Could not resolve host: github.com", "Could not resolve host: github.com")]
    [InlineData("fatal: the remote end hung up unexpectedly", "the remote end hung up unexpectedly")]
    public void The_cause_of_a_failure_leaves_out_which_repository_it_was(string stderr, string cause) =>
        Assert.Equal(cause, GitFailures.Cause(new GitFailure(GitFailureKind.Unreachable, "could not reach it", stderr)));

    [Fact]
    public void The_cause_of_a_timeout_is_the_limit() => Assert.Equal(
        "did not answer within 60 s",
        GitFailures.Cause(new GitFailure(GitFailureKind.Timeout, "https://github.com/o/r did not answer within 60 s (ls-remote): the host may be down", "")));
}
