namespace FleetCatalog.Search;

/// <summary>What an external program did: whether it could start, its exit code and its output (both streams).</summary>
internal sealed record ToolRun(bool Started, int ExitCode, string Output, bool TimedOut)
{
    public bool Succeeded => Started && !TimedOut && ExitCode == 0;

    /// <summary>The last lines of the output, for an error message.</summary>
    public string Tail(int lines = 8) =>
        string.Join(Environment.NewLine, Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(lines));
}
