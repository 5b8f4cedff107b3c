using System.Text;

namespace FleetCatalog.Cli.Formats;

/// <summary>
/// A row of the GitHub Actions job summary (the markdown file named by <c>GITHUB_STEP_SUMMARY</c>): the entry checked,
/// whether it passed, its counts and the command that reproduces the check locally.
/// </summary>
/// <param name="Path">The summary file; rows are appended, never overwritten, because other steps write there too.</param>
/// <param name="Entry">What was checked, as the user named it (<c>projects/sound.yml</c>, <c>.</c>).</param>
/// <param name="Command">The command line that repeats this check on a contributor's machine.</param>
/// <param name="WarningsAsErrors">Whether warnings fail the check, so the result column agrees with the exit code.</param>
internal sealed record GithubStepSummary(string Path, string Entry, string Command, bool WarningsAsErrors)
{
    /// <summary>What the tool is called in the reproduce command unless <c>CATALOG_COMMAND</c> says otherwise.</summary>
    public const string DefaultCommandPrefix = "dotnet run --project src/CatalogGenerator --";

    public const string Heading = "### Catalog validation";

    public const string Header = "| Entry | Result | Errors | Warnings | Reproduce locally |";

    private const string Separator = "|---|---|---:|---:|---|";

    /// <summary>
    /// The summary GitHub asked for, or null outside Actions. <c>CATALOG_COMMAND</c> names the tool in the reproduce
    /// column (the root action.yml sets it to <c>catalog</c>, because authors run the installed tool, not this repository).
    /// </summary>
    public static GithubStepSummary? FromEnvironment(string entry, IEnumerable<string> arguments, bool warningsAsErrors)
    {
        if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is not { Length: > 0 } path)
        {
            return null;
        }

        var prefix = Environment.GetEnvironmentVariable("CATALOG_COMMAND") is { Length: > 0 } custom ? custom.Trim() : DefaultCommandPrefix;
        return new GithubStepSummary(path, entry, $"{prefix} {string.Join(' ', arguments.Select(ShellQuote))}", warningsAsErrors);
    }

    /// <summary>
    /// The command's own arguments without the output format: the reproduce command prints the readable text report.
    /// </summary>
    public static IReadOnlyList<string> ReproduceArguments(IEnumerable<string> tokens)
    {
        var kept = new List<string>();
        var skipValue = false;
        foreach (var token in tokens)
        {
            if (skipValue)
            {
                skipValue = false;
            }
            else if (token is "--format" or "-f")
            {
                skipValue = true;
            }
            else if (!token.StartsWith("--format=", StringComparison.Ordinal) && !token.StartsWith("--format:", StringComparison.Ordinal))
            {
                kept.Add(token);
            }
        }

        return kept;
    }

    /// <summary>Appends this run's row to the summary file, starting a table when the file does not end with one of ours.</summary>
    public void Append(ValidationReport report)
    {
        var existing = File.Exists(Path) ? File.ReadAllText(Path) : string.Empty;
        File.AppendAllText(Path, Render(existing, report));
    }

    /// <summary>
    /// The markdown to append after <paramref name="existing"/>. Consecutive runs in one step (a pull request that changes
    /// several entries) join one table; anything else written in between starts a new one.
    /// </summary>
    public string Render(string existing, ValidationReport report)
    {
        var text = new StringBuilder();
        if (!EndsWithOurTable(existing))
        {
            if (existing.Length > 0 && !existing.EndsWith('\n'))
            {
                text.Append('\n');
            }

            if (existing.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(Heading).Append("\n\n").Append(Header).Append('\n').Append(Separator).Append('\n');
        }

        var failed = report.Errors > 0 || (WarningsAsErrors && report.Warnings > 0);
        var result = failed ? "❌ failed" : report.Warnings > 0 ? "⚠️ passed with warnings" : "✅ passed";
        text.Append($"| {Code(Entry)} | {result} | {report.Errors} | {report.Warnings} | {Code(Command)} |\n");
        return text.ToString();
    }

    private static bool EndsWithOurTable(string existing)
    {
        var lines = existing.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var header = Array.LastIndexOf(lines, Header);
        return header >= 0 && lines.Skip(header + 1).All(line => line.StartsWith('|'));
    }

    // A markdown code span inside a table cell: pipes would end the cell, and a backtick in the text needs a longer fence.
    private static string Code(string text)
    {
        var escaped = text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
        var fence = escaped.Contains('`', StringComparison.Ordinal) ? "``" : "`";
        var pad = escaped.StartsWith('`') || escaped.EndsWith('`') ? " " : string.Empty;
        return $"{fence}{pad}{escaped}{pad}{fence}";
    }

    // POSIX shell quoting, so the reproduce command can be pasted as is even for paths with spaces.
    private static string ShellQuote(string argument)
    {
        if (argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:@+,%".Contains(c, StringComparison.Ordinal)))
        {
            return argument;
        }

        return $"'{argument.Replace("'", "'\\''", StringComparison.Ordinal)}'";
    }
}
