using System.Diagnostics;
using System.Text;
using FleetCatalog.Sources.Git;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Git;

public sealed class GitClientLimitsTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(4);
    private readonly SilentTcpServer server = new();
    private readonly TempDirectory temp = new();
    private readonly GitClient git = new(new GitOptions { Timeout = Limit });

    public void Dispose()
    {
        server.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task A_host_that_never_answers_times_out_within_the_limit_and_git_is_killed()
    {
        await git.CheckGitAsync();
        var watch = Stopwatch.StartNew();

        var result = await git.ResolveAsync(server.GitUrl, null);

        Assert.Equal(GitFailureKind.Timeout, result.Failure?.Kind);
        Assert.InRange(watch.Elapsed, Limit, Limit + Slack);
        Assert.Equal($"{server.GitUrl} did not answer within 1 s (ls-remote): the host may be down, slow or unreachable from here", result.Failure!.Message);
        Assert.True(server.Accepted >= 1, "git never connected, so nothing was proven");
        Assert.True(await server.AllClientsClosedAsync(Slack), "the connection stayed open: git still runs");
        Assert.Empty(ProcessesMentioning(server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_fetch_from_a_host_that_never_answers_times_out_and_leaves_the_destination_empty()
    {
        await git.CheckGitAsync();
        var destination = Path.Combine(temp.Path, "silent");
        var watch = Stopwatch.StartNew();

        var result = await git.FetchAsync(server.GitUrl, new string('d', 40), SparsePatterns.Defaults, destination);

        Assert.Equal(GitFailureKind.Timeout, result.Failure?.Kind);
        Assert.InRange(watch.Elapsed, Limit, Limit + Slack);
        Assert.True(server.Accepted >= 1, "git never connected, so nothing was proven");
        Assert.True(await server.AllClientsClosedAsync(Slack), "the connection stayed open: git still runs");
        Assert.Empty(Directory.EnumerateFileSystemEntries(destination));
    }

    [Fact]
    public async Task Cancelling_stops_git_at_once_and_throws()
    {
        var patient = new GitClient(new GitOptions { Timeout = TimeSpan.FromMinutes(5) });
        await patient.CheckGitAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => patient.ResolveAsync(server.GitUrl, "main", cancel.Token));

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, Slack);
        Assert.True(await server.AllClientsClosedAsync(Slack), "the connection stayed open: git still runs");
    }

    [Fact]
    public async Task Without_git_every_call_says_how_to_get_it()
    {
        var missing = new GitClient(new GitOptions { GitExecutable = Path.Combine(temp.Path, "no-git-here") });

        var resolve = await missing.ResolveAsync("https://github.com/balena-io/x", null);
        var fetch = await missing.FetchAsync("https://github.com/balena-io/x", new string('e', 40), SparsePatterns.Defaults, Path.Combine(temp.Path, "d"));

        Assert.Equal(GitFailureKind.GitMissing, resolve.Failure?.Kind);
        Assert.Equal(GitFailureKind.GitMissing, fetch.Failure?.Kind);
        Assert.StartsWith($"git could not be run ('{missing.Options.GitExecutable}'): install git 2.32 or newer", resolve.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(0, missing.LsRemoteCalls + missing.Fetches);
    }

    [Fact]
    public async Task A_git_too_old_is_GitMissing_naming_the_version_found()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fake = temp.Write("old-git", "#!/bin/sh\necho 'git version 2.20.1'\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);

        var result = await new GitClient(new GitOptions { GitExecutable = fake }).ResolveAsync("https://example.com/x.git", null);

        Assert.Equal(GitFailureKind.GitMissing, result.Failure?.Kind);
        Assert.Equal($"git 2.32 or newer is needed; '{fake} --version' says 'git version 2.20.1'", result.Failure!.Message);
    }

    // Linux only (/proc); elsewhere the closed connection is the proof.
    private static List<string> ProcessesMentioning(string text)
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var commandLine = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(dir, "cmdline"))).Replace('\0', ' ');
                if (commandLine.Contains(text, StringComparison.Ordinal) && commandLine.Contains("git", StringComparison.Ordinal))
                {
                    found.Add(commandLine);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not a process, or one that just ended.
            }
        }

        return found;
    }
}
