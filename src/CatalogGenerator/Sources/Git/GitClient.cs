using FleetCatalog.Sources.Network;

namespace FleetCatalog.Sources.Git;

/// <summary>
/// Git as the catalog's transport, through the git CLI: resolves a reference to a commit with one
/// <c>ls-remote</c>, and fetches only the files the catalog reads (shallow, blobless, sparse) into a folder.
/// Never prompts, never uses a shell, stops at <see cref="GitOptions.Timeout"/> and
/// <see cref="GitOptions.MaxFetchBytes"/>, and reports failures as data. Safe to use from many tasks at once.
/// </summary>
internal sealed class GitClient
{
    private readonly GitProcessRunner runner;
    private readonly Lazy<Task<GitFailure?>> availability;
    private readonly HostBreaker hosts;
    private int lsRemoteCalls;
    private int fetches;
    private long fetchedBytes;

    public GitClient(GitOptions? options = null)
    {
        Options = options ?? GitOptions.Default;
        runner = new GitProcessRunner(Options.GitExecutable, Options.IgnoreUserConfig);
        availability = new(CheckVersionAsync);
        hosts = new HostBreaker(Options.FailuresBeforeGivingUp);
    }

    public GitOptions Options { get; }

    /// <summary>How many <c>git ls-remote</c> calls were made (one per resolve; two when a reference is not found).</summary>
    public int LsRemoteCalls => Volatile.Read(ref lsRemoteCalls);

    /// <summary>How many fetches were started.</summary>
    public int Fetches => Volatile.Read(ref fetches);

    /// <summary>Bytes written by successful fetches, git objects included.</summary>
    public long FetchedBytes => Interlocked.Read(ref fetchedBytes);

    /// <summary>Null when git runs and is new enough; otherwise a <see cref="GitFailureKind.GitMissing"/> failure. Checked once per client.</summary>
    public Task<GitFailure?> CheckGitAsync() => availability.Value;

    /// <summary>
    /// The commit <paramref name="reference"/> points to in the repository: a branch, a tag (annotated tags peeled
    /// to their commit), a full commit SHA (returned as is) or an abbreviated one that is a branch or tag tip;
    /// null, empty or "HEAD" means the default branch. Also says which branch is the default.
    /// </summary>
    public async Task<GitResolveResult> ResolveAsync(string repositoryUrl, string? reference, CancellationToken cancellationToken = default)
    {
        if (!IsUsableUrl(repositoryUrl))
        {
            return GitResolveResult.Failed(GitFailures.InvalidRepository(repositoryUrl ?? string.Empty));
        }

        if (await CheckGitAsync() is { } missing)
        {
            return GitResolveResult.Failed(missing);
        }

        if (Skipped(repositoryUrl) is { } skipped)
        {
            return GitResolveResult.Failed(skipped);
        }

        var deadline = DateTime.UtcNow + Options.Timeout;
        var wanted = string.IsNullOrWhiteSpace(reference) || reference.Trim() == "HEAD" ? null : reference.Trim();
        if (wanted is not null && !GitRefNames.IsFullSha(wanted) && !GitRefNames.IsValid(wanted))
        {
            return GitResolveResult.Failed(new(GitFailureKind.RefNotFound, $"'{wanted}' cannot be a branch, tag or commit name", string.Empty));
        }

        // An abbreviated SHA can only be matched against ref tips, so it needs them all.
        var listAll = wanted is not null && GitRefNames.IsAbbreviatedSha(wanted);
        string[] patterns = wanted is null || GitRefNames.IsFullSha(wanted) ? ["HEAD"] : listAll ? [] : ["HEAD", .. GitRefNames.Patterns(wanted)];
        var (refs, failure) = await ListAsync(repositoryUrl, patterns, deadline, cancellationToken);
        if (refs is null)
        {
            return GitResolveResult.Failed(failure!);
        }

        var resolved = GitRefResolution.Resolve(refs, wanted);
        if (resolved is not null || wanted is null)
        {
            return resolved ?? GitResolveResult.Failed(new(
                GitFailureKind.RefNotFound, $"repository {GitText.Redact(repositoryUrl)} has no commits yet: push a first commit", string.Empty));
        }

        var all = listAll ? refs : (await ListAsync(repositoryUrl, [], deadline, cancellationToken)).Refs ?? refs;
        return GitResolveResult.Failed(GitRefResolution.NotFound(all, wanted, repositoryUrl));
    }

    /// <summary>
    /// Fetches <paramref name="commit"/> (a full SHA, as <see cref="ResolveAsync"/> gives) into
    /// <paramref name="destination"/> (new or empty), checking out only the paths matching
    /// <paramref name="sparsePatterns"/> (see <see cref="SparsePatterns.For"/>). On success the destination holds
    /// just those files (no .git); on failure it is left empty.
    /// </summary>
    public async Task<GitFetchResult> FetchAsync(
        string repositoryUrl, string commit, IReadOnlyList<string> sparsePatterns, string destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sparsePatterns);
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentException.ThrowIfNullOrEmpty(destination);
        if (!GitRefNames.IsFullSha(commit))
        {
            throw new ArgumentException($"a full commit SHA is needed (ResolveAsync gives one), not '{commit}'", nameof(commit));
        }

        if (sparsePatterns.Count == 0 || sparsePatterns.Any(p => string.IsNullOrWhiteSpace(p) || p.Any(char.IsControl)))
        {
            throw new ArgumentException("sparse patterns must be non-empty single lines", nameof(sparsePatterns));
        }

        if (Directory.Exists(destination) && Directory.EnumerateFileSystemEntries(destination).Any())
        {
            throw new ArgumentException($"the destination must be a new or empty folder: {destination}", nameof(destination));
        }

        if (!IsUsableUrl(repositoryUrl))
        {
            return GitFetchResult.Failed(GitFailures.InvalidRepository(repositoryUrl ?? string.Empty));
        }

        if (await CheckGitAsync() is { } missing)
        {
            return GitFetchResult.Failed(missing);
        }

        if (Skipped(repositoryUrl) is { } skipped)
        {
            return GitFetchResult.Failed(skipped);
        }

        Interlocked.Increment(ref fetches);
        var fetch = new GitSparseFetch(runner, Options, repositoryUrl, commit.ToLowerInvariant(), Path.GetFullPath(destination));
        var result = await fetch.RunAsync(sparsePatterns, cancellationToken);
        Record(repositoryUrl, result.Failure);
        if (result.Succeeded)
        {
            Interlocked.Add(ref fetchedBytes, result.Bytes);
        }

        return result;
    }

    private async Task<(GitRemoteRefs? Refs, GitFailure? Failure)> ListAsync(string url, string[] patterns, DateTime deadline, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref lsRemoteCalls);
        var invocation = new GitInvocation(["ls-remote", "--symref", "--", url, .. patterns], NeutralDirectory, deadline)
        {
            MaxBytes = Options.MaxFetchBytes,
        };
        var result = await runner.RunAsync(invocation, cancellationToken);
        var failure = result.Succeeded ? null : GitFailures.From(result, "ls-remote", url, Options);
        Record(url, failure);
        return failure is null ? (GitRemoteRefs.Parse(result.Output), null) : (null, failure);
    }

    // A host that timed out or could not be reached several times in a row is not asked again this build: an outage
    // then costs a few timeouts, not one per project. Local repositories (file://, paths) have no host to give up on.
    private GitFailure? Skipped(string url) =>
        HostOf(url) is { } host && hosts.OpenBecause(host) is { } cause ? GitFailures.Skipped(url, host, hosts.Skipped(cause), cause) : null;

    private void Record(string url, GitFailure? failure)
    {
        if (HostOf(url) is not { } host)
        {
            return;
        }

        if (failure is null)
        {
            hosts.RecordSuccess(host);
        }
        else if (failure.Kind is GitFailureKind.Unreachable or GitFailureKind.Timeout)
        {
            hosts.RecordFailure(host, GitFailures.Cause(failure));
        }
    }

    /// <summary>The host a URL reaches (<c>github.com</c> for https://github.com/o/r and git@github.com:o/r); null for local repositories.</summary>
    internal static string? HostOf(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile && uri.Authority.Length > 0)
        {
            return uri.Authority;
        }

        // scp-like syntax: [user@]host:path
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOf('/', StringComparison.Ordinal);
        return colon > 0 && (slash < 0 || colon < slash) && !url.Contains("://", StringComparison.Ordinal) ? url[(url.LastIndexOf('@', colon - 1) + 1)..colon] : null;
    }

    private async Task<GitFailure?> CheckVersionAsync()
    {
        var deadline = DateTime.UtcNow + (Options.Timeout < TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : Options.Timeout);
        var result = await runner.RunAsync(new GitInvocation(["--version"], NeutralDirectory, deadline), CancellationToken.None);
        if (!result.Succeeded)
        {
            return GitFailures.GitMissing(Options.GitExecutable, result.ErrorTail);
        }

        var version = GitVersion.Parse(result.Output);
        return version is not null && version >= GitVersion.Minimum
            ? null
            : new GitFailure(
                GitFailureKind.GitMissing,
                $"git {GitVersion.Minimum} or newer is needed; '{Options.GitExecutable} --version' says '{result.Output.Trim()}'",
                result.ErrorTail);
    }

    // ls-remote needs no repository; run it where none can be found by walking up.
    private static string NeutralDirectory => Path.GetTempPath();

    private static bool IsUsableUrl(string? url) =>
        !string.IsNullOrWhiteSpace(url) && !url.StartsWith('-') && !url.Any(char.IsControl) && url.Trim() == url;
}
