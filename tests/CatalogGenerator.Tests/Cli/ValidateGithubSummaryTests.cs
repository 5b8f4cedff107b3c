using FleetCatalog.Cli.Formats;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

[Collection(ProcessEnvironmentTests.Name)]
public sealed class ValidateGithubSummaryTests : IDisposable
{
    private const string Broken = "name: x\ntype: nope\n";

    private readonly TempDirectory _dir = new();
    private readonly string? _previousSummary = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
    private readonly string? _previousCommand = Environment.GetEnvironmentVariable("CATALOG_COMMAND");

    public ValidateGithubSummaryTests()
    {
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", SummaryPath);
        Environment.SetEnvironmentVariable("CATALOG_COMMAND", null);
    }

    private string SummaryPath => Path.Combine(_dir.Path, "step-summary.md");

    [Fact]
    public async Task Github_format_appends_a_summary_row_with_a_command_that_reproduces_the_finding()
    {
        var (exit, output, _) = await CliRunner.RunAsync(
            ["validate", "-", "--format", "github", "--stdin-filename", "projects/sound/balena.yml", "--warnings-as-errors"], Broken);

        Assert.Equal(1, exit);
        Assert.Contains("::error file=projects/sound/balena.yml,line=2,col=7", output, StringComparison.Ordinal);
        var summary = File.ReadAllText(SummaryPath);
        Golden.Verify(summary, "Cli/validate-github-step-summary.md");

        // The reproduce column is the contributor's command line: run it and get the same finding as readable text.
        var command = summary.Split('\n').Single(l => l.StartsWith("| `projects/", StringComparison.Ordinal)).Split(" | ")[^1].Trim('`', ' ', '|');
        Assert.StartsWith(GithubStepSummary.DefaultCommandPrefix + " ", command, StringComparison.Ordinal);
        var arguments = command[(GithubStepSummary.DefaultCommandPrefix.Length + 1)..].Split(' ');
        var (again, text, _) = await CliRunner.RunAsync(arguments, Broken);
        Assert.Equal(1, again);
        Assert.Contains("projects/sound/balena.yml(2,7): error CAT201:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tool_name_in_the_reproduce_command_can_be_set_for_project_authors()
    {
        Environment.SetEnvironmentVariable("CATALOG_COMMAND", "catalog");
        _dir.Write("balena.yml", Broken);

        await CliRunner.RunAsync(["validate", _dir.Path, "--format", "github"]);

        var quoted = _dir.Path.All(c => char.IsAsciiLetterOrDigit(c) || "-_./".Contains(c, StringComparison.Ordinal)) ? _dir.Path : $"'{_dir.Path}'";
        Assert.Contains($"| `catalog validate {quoted}` |", File.ReadAllText(SummaryPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_formats_leave_the_summary_alone()
    {
        await CliRunner.RunAsync(["validate", "-", "--format", "text"], Broken);
        await CliRunner.RunAsync(["validate", "-", "--format", "json"], Broken);

        Assert.False(File.Exists(SummaryPath));
    }

    [Fact]
    public async Task Several_projects_get_a_row_each_whose_command_checks_that_one_alone()
    {
        Environment.SetEnvironmentVariable("CATALOG_COMMAND", "catalog");
        var broken = _dir.Write("broken/balena.yml", Broken);
        var other = _dir.Write("other/balena.yml", Broken.Replace("x", "y", StringComparison.Ordinal));
        var (a, b) = (Path.GetDirectoryName(broken)!, Path.GetDirectoryName(other)!);

        var (exit, output, _) = await CliRunner.RunAsync(["validate", a, b, "--format", "github", "--warnings-as-errors"]);

        Assert.Equal(1, exit);
        Assert.Equal(2, output.Split('\n').Count(l => l.StartsWith("::error ", StringComparison.Ordinal) && l.Contains("CAT201", StringComparison.Ordinal)));
        var rows = File.ReadAllLines(SummaryPath).Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains($"| `catalog validate {Quote(a)} --warnings-as-errors` |", rows[0], StringComparison.Ordinal);
        Assert.Contains($"| `catalog validate {Quote(b)} --warnings-as-errors` |", rows[1], StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Contains("❌ failed", r, StringComparison.Ordinal));
    }

    private static string Quote(string path) => path.All(c => char.IsAsciiLetterOrDigit(c) || "-_./".Contains(c, StringComparison.Ordinal)) ? path : $"'{path}'";

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", _previousSummary);
        Environment.SetEnvironmentVariable("CATALOG_COMMAND", _previousCommand);
        _dir.Dispose();
    }
}
