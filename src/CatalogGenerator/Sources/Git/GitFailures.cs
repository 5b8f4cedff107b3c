namespace FleetCatalog.Sources.Git;

/// <summary>Turns a failed git process into a <see cref="GitFailure"/> a maker understands, by what git wrote to stderr.</summary>
internal static class GitFailures
{
    private static readonly string[] RefMissing =
        ["not our ref", "couldn't find remote ref", "no such remote ref", "unadvertised object", "remote ref does not exist"];

    private static readonly string[] RepositoryMissing =
        ["repository not found", "does not appear to be a git repository", "error: 404", "http 404", "could not be found", "no such repository", "not a git repository"];

    private static readonly string[] LoginWanted =
        ["could not read username", "could not read password", "terminal prompts disabled", "authentication failed",
         "permission denied (", "access denied", "error: 401", "error: 403", "host key verification failed"];

    private static readonly string[] Unreachable =
        ["could not resolve host", "could not resolve hostname", "connection refused", "failed to connect", "connection timed out",
         "network is unreachable", "no route to host", "connection reset", "ssl", "tls", "certificate", "unable to access"];

    public static GitFailure GitMissing(string executable, string detail) => new(
        GitFailureKind.GitMissing,
        $"git could not be run ('{executable}'): install git {GitVersion.Minimum} or newer and put it on PATH",
        detail);

    public static GitFailure InvalidRepository(string url) => new(
        GitFailureKind.Failed,
        $"'{GitText.Redact(url)}' is not a git URL; use an address such as https://github.com/OWNER/REPO",
        string.Empty);

    /// <summary>The host of <paramref name="url"/> was not asked, because it failed too often this build; git's last words then are <paramref name="cause"/>'s.</summary>
    public static GitFailure Skipped(string url, string host, string why, string cause) => new(
        GitFailureKind.Unreachable, $"could not reach {GitText.Redact(url)}: {host} was {why}", cause);

    private static readonly string[] StockLines =
        ["fatal: Could not read from remote repository.", "Please make sure you have the correct access rights", "and the repository exists."];

    /// <summary>The failure's cause in one line: git's last words, or the message when git said nothing useful (a timeout).</summary>
    public static string Cause(GitFailure failure)
    {
        if (failure.Kind == GitFailureKind.Timeout)
        {
            // "<url> did not answer within 60 s (ls-remote): ..." becomes "did not answer within 60 s".
            var from = failure.Message.IndexOf(" did not answer within ", StringComparison.Ordinal);
            var to = from < 0 ? -1 : failure.Message.IndexOf(" (", from, StringComparison.Ordinal);
            return to > from ? failure.Message[(from + 1)..to] : failure.Message;
        }

        // git ends a failed read of a remote with a stock paragraph ("Could not read from remote repository. Please make
        // sure you have the correct access rights and the repository exists."): the cause is the line before it.
        var line = GitText.LastLine(string.Join('\n', failure.StderrTail.Split('\n').Where(l => !StockLines.Contains(l.Trim()))));
        // "unable to access 'https://host/owner/repo/': Could not resolve host: host" names one repository; the cause is the rest.
        const string Prefix = "unable to access '";
        var end = line.StartsWith(Prefix, StringComparison.Ordinal) ? line.IndexOf("': ", Prefix.Length, StringComparison.Ordinal) : -1;
        return end > 0 ? line[(end + 3)..] : line.Length > 0 ? line : failure.Message;
    }

    public static GitFailure From(GitProcessResult result, string operation, string url, GitOptions options, string? wanted = null)
    {
        var where = GitText.Redact(url);
        var stderr = GitText.Redact(result.ErrorTail);
        return result.Outcome switch
        {
            GitProcessOutcome.Missing => GitMissing(options.GitExecutable, stderr),
            GitProcessOutcome.TimedOut => new(
                GitFailureKind.Timeout,
                $"{where} did not answer within {GitText.Seconds(options.Timeout)} ({operation}): the host may be down, slow or unreachable from here",
                stderr),
            GitProcessOutcome.TooLarge => new(GitFailureKind.TooLarge, TooLargeMessage(where, stderr, options), stderr),
            _ => FromStderr(stderr, operation, where, wanted),
        };
    }

    private static string TooLargeMessage(string where, string stderr, GitOptions options) =>
        stderr.Contains("filtering not recognized by server", StringComparison.Ordinal)
            ? $"{where} cannot send single files (its host does not support partial fetches), and the whole commit takes more than {GitText.MiB(options.MaxFetchBytes)}"
            : $"the files the catalog reads from {where} take more than {GitText.MiB(options.MaxFetchBytes)}: keep large files out of the manifest, compose, Dockerfile and guide paths";

    private static GitFailure FromStderr(string stderr, string operation, string where, string? wanted)
    {
        var text = stderr.ToLowerInvariant();
        if (wanted is not null && Mentions(text, RefMissing))
        {
            return new(GitFailureKind.RefNotFound, $"commit {wanted} is not in {where} (was the branch force-pushed or the tag moved?)", stderr);
        }

        if (Mentions(text, RepositoryMissing))
        {
            return new(GitFailureKind.NotFound, $"repository {where} was not found: check the address; the repository may have been renamed, deleted or made private", stderr);
        }

        if (Mentions(text, LoginWanted))
        {
            return new(GitFailureKind.AuthenticationRequired, $"repository {where} asks for a login, so it is private or does not exist: the catalog can only list public repositories", stderr);
        }

        if (text.Contains("not allowed", StringComparison.Ordinal) && text.Contains("transport", StringComparison.Ordinal))
        {
            return new(GitFailureKind.Failed, $"{where} uses a transport the catalog does not allow: use an https:// or ssh:// address", stderr);
        }

        var detail = GitText.LastLine(stderr);
        var reason = detail.Length > 0 ? $": {detail}" : string.Empty;
        return Mentions(text, Unreachable)
            ? new(GitFailureKind.Unreachable, $"could not reach {where}{reason}", stderr)
            : new(GitFailureKind.Failed, $"git {operation} {where} failed{reason}", stderr);
    }

    private static bool Mentions(string text, string[] phrases) => phrases.Any(p => text.Contains(p, StringComparison.Ordinal));
}
