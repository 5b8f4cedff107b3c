using System.Text;
using FleetCatalog.Cli.Formats;
using FleetCatalog.Devices;
using FleetCatalog.Projects;
using FleetCatalog.Tests.Testing;
using FleetCatalog.Validation;

namespace FleetCatalog.Tests.Cli.Formats;

public sealed class GithubStepSummaryTests
{
    private const string Broken = "name: x\ntype: nope\n";

    private const string Clean = """
        name: Sound
        type: sw.application
        description: Plays music.
        version: 1.0.0
        assets:
          repository:
            type: blob.asset
            data:
              url: https://github.com/example/sound
          logo:
            type: blob.asset
            data:
              url: https://raw.githubusercontent.com/example/sound/main/logo.png
        data:
          defaultDeviceType: raspberrypi4-64
          supportedDeviceTypes:
            - raspberrypi4-64
        """;

    private static readonly string WithWarning = Clean.Replace("description: Plays music.\n", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void Several_runs_in_one_step_join_one_table_after_what_other_steps_wrote()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("summary.md", "## Tests\n\nAll green.");

        Summary(path, "projects/broken.yml").Append(Report(Broken));
        Summary(path, "projects/sound.yml").Append(Report(Clean));
        Summary(path, "projects/quiet.yml").Append(Report(WithWarning));

        Golden.Verify(File.ReadAllText(path), "Cli/Formats/github-summary-three-entries.md");
    }

    [Fact]
    public void A_missing_summary_file_is_created_with_the_table()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "summary.md");

        Summary(path, "projects/broken.yml").Append(Report(Broken));

        Assert.StartsWith($"{GithubStepSummary.Heading}\n\n{GithubStepSummary.Header}\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_written_after_our_table_starts_a_new_table()
    {
        var summary = Summary("unused", "projects/sound.yml");
        var existing = $"{GithubStepSummary.Heading}\n\n{GithubStepSummary.Header}\n|---|---|---:|---:|---|\n| `a` | ✅ passed | 0 | 0 | `x` |\n\nSomething else.\n";

        var appended = summary.Render(existing, Report(Clean));

        Assert.StartsWith($"\n{GithubStepSummary.Heading}\n\n{GithubStepSummary.Header}\n", appended, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_fail_the_row_only_with_warnings_as_errors()
    {
        var lenient = new GithubStepSummary("unused", "balena.yml", "catalog validate .", WarningsAsErrors: false).Render(string.Empty, Report(WithWarning));
        var strict = new GithubStepSummary("unused", "balena.yml", "catalog validate . --warnings-as-errors", WarningsAsErrors: true).Render(string.Empty, Report(WithWarning));

        Assert.Contains("| ⚠️ passed with warnings | 0 | 1 |", lenient, StringComparison.Ordinal);
        Assert.Contains("| ❌ failed | 0 | 1 |", strict, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_and_backticks_in_cells_cannot_break_the_table()
    {
        var summary = new GithubStepSummary("unused", "odd|name`.yml", "catalog validate 'odd|name`.yml'", WarningsAsErrors: false);

        var row = summary.Render(string.Empty, Report(Clean)).Split('\n')[^2];

        Assert.Equal("| ``odd\\|name`.yml`` | ✅ passed | 0 | 0 | ``catalog validate 'odd\\|name`.yml'`` |", row);
    }

    [Fact]
    public void The_reproduce_arguments_leave_out_the_output_format()
    {
        var kept = GithubStepSummary.ReproduceArguments(["validate", "projects/sound.yml", "--format", "github", "--warnings-as-errors", "-f", "json", "--format=sarif"]);

        Assert.Equal(["validate", "projects/sound.yml", "--warnings-as-errors"], kept);
    }

    private static GithubStepSummary Summary(string path, string entry) =>
        new(path, entry, $"{GithubStepSummary.DefaultCommandPrefix} validate {entry}", WarningsAsErrors: false);

    private static ValidationReport Report(string manifest)
    {
        var input = ProjectLoader.FromText("balena.yml", Encoding.UTF8.GetBytes(manifest));
        return new ValidationReport(string.Empty, [new ManifestValidator(DeviceRegistry.Default).Validate(input)]);
    }
}
