namespace FleetCatalog.Sources.Git;

/// <summary>One git process's end: its outcome, exit code, stdout, and the tail of its stderr.</summary>
internal sealed record GitProcessResult(GitProcessOutcome Outcome, int ExitCode, string Output, string ErrorTail)
{
    public bool Succeeded => Outcome == GitProcessOutcome.Exited && ExitCode == 0;
}
