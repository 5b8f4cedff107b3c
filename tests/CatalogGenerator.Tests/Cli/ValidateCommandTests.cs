using System.Text.Json;
using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

public sealed class ValidateCommandTests
{
    // Findings from several areas, so every format shows errors, warnings and positions.
    private const string Broken = """
        name: Sound
        type: sw.app
        version: 1.0.0
        data:
          defaultDeviceType: raspberrypi4-64
          supportedDeviceTypes:
            - raspberrypi4-64
          applicationEnvironmentVariables:
            - SOUND_VOLUME: 75
            - name: 'a, b: c'
          name: twice
        """;

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
          applicationEnvironmentVariables:
            - SOUND_VOLUME: "75"
        """;

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("github")]
    [InlineData("sarif")]
    public async Task Each_format_matches_its_golden_file(string format)
    {
        var (exit, output, error) = await CliRunner.RunAsync(["validate", "-", "--format", format], Broken);

        Assert.Equal(1, exit);
        Assert.Empty(error);
        Golden.Verify(output, $"Cli/validate-broken.{format}.txt");
    }

    [Fact]
    public async Task Json_output_has_the_documented_shape_with_one_based_positions()
    {
        var (_, output, _) = await CliRunner.RunAsync(["validate", "-", "--format", "json"], Broken);

        using var json = JsonDocument.Parse(output);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.NotEmpty(diagnostics);
        foreach (var d in diagnostics)
        {
            Assert.Matches("^CAT[0-9]{3}$", d.GetProperty("code").GetString());
            Assert.Contains(d.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.False(string.IsNullOrWhiteSpace(d.GetProperty("message").GetString()));
            Assert.Equal("balena.yml", d.GetProperty("file").GetString());
            Assert.True(d.GetProperty("line").GetInt32() >= 1);
            Assert.True(d.GetProperty("column").GetInt32() >= 1);
        }

        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(diagnostics.Count(d => d.GetProperty("severity").GetString() == "error"), summary.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task A_clean_project_exits_zero()
    {
        var (exit, output, _) = await CliRunner.RunAsync(["validate", "-"], Clean);

        Assert.Equal(0, exit);
        Assert.Equal("balena.yml: no errors, no warnings, no infos.\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Warnings_fail_only_with_warnings_as_errors()
    {
        var withWarning = Clean.Replace("description: Plays music.\n", string.Empty, StringComparison.Ordinal);

        var (plain, _, _) = await CliRunner.RunAsync(["validate", "-"], withWarning);
        var (strict, _, _) = await CliRunner.RunAsync(["validate", "-", "--warnings-as-errors"], withWarning);

        Assert.Equal(0, plain);
        Assert.Equal(1, strict);
    }

    [Fact]
    public async Task A_directory_s_findings_in_json_name_the_file_from_the_working_directory()
    {
        using var dir = new TempDirectory();
        dir.Write("balena.yml", "name: x\ntype: nope\n");

        var (exit, output, _) = await CliRunner.RunAsync(["validate", dir.Path, "--format", "json"]);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal($"{Relative(dir.Path)}/balena.yml", first.GetProperty("file").GetString());
    }

    [Fact]
    public async Task A_single_manifest_file_can_be_named()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("custom.yml", "name: x\ntype: nope\n");

        var (exit, output, _) = await CliRunner.RunAsync(["validate", file]);

        Assert.Equal(1, exit);
        Assert.Contains("custom.yml(2,7): error CAT201:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Github_annotations_name_the_file_as_seen_from_the_working_directory()
    {
        using var dir = new TempDirectory();
        dir.Write("balena.yml", "name: x\ntype: nope\n");

        var (_, output, _) = await CliRunner.RunAsync(["validate", dir.Path, "--format", "github"]);

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, dir.Path).Replace('\\', '/');
        Assert.Contains($"::error file={relative}/balena.yml,line=2,col=7", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_refused_by_the_parser()
    {
        var (exit, _, error) = await CliRunner.RunAsync(["validate", "-", "--format", "xml"], Clean);

        Assert.NotEqual(0, exit);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stdin_file_name_can_be_set()
    {
        var (_, output, _) = await CliRunner.RunAsync(["validate", "-", "--stdin-filename", "apps/sound/balena.yml"], "name: x\n");

        Assert.Contains($"apps/sound/balena.yml(1,1): error {DiagnosticCodes.TypeMissing.Code}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_projects_make_one_report_naming_each_file_from_the_working_directory()
    {
        using var dir = new TempDirectory();
        dir.Write("sound/balena.yml", Clean);
        dir.Write("broken/balena.yml", "name: x\ntype: nope\n");
        var sound = Relative(Path.Combine(dir.Path, "sound"));
        var broken = Relative(Path.Combine(dir.Path, "broken"));

        var (exit, output, error) = await CliRunner.RunAsync(["validate", sound, broken]);

        Assert.Equal(1, exit);
        Assert.Empty(error);
        Assert.Contains($"{broken}/balena.yml(2,7): error CAT201:", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{sound}/balena.yml", output, StringComparison.Ordinal);
        Assert.Matches(@"\n2 files checked \(1 of them with errors\): \d+ errors?, (no|\d+) warnings?, (no|\d+) infos?\.\n$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Several_projects_in_json_count_every_file_and_name_findings_from_the_working_directory()
    {
        using var dir = new TempDirectory();
        dir.Write("a/balena.yml", "name: x\ntype: nope\n");
        dir.Write("b/balena.yml", "name: y\ntype: nope\n");
        var a = Relative(Path.Combine(dir.Path, "a"));
        var b = Relative(Path.Combine(dir.Path, "b"));

        var (exit, output, _) = await CliRunner.RunAsync(["validate", a, b, a + "/", "--format", "json"]);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        var files = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("file").GetString()).Distinct().ToList();
        Assert.Equal([$"{a}/balena.yml", $"{b}/balena.yml"], files);
    }

    [Fact]
    public async Task A_path_that_cannot_be_read_does_not_hide_the_others()
    {
        using var dir = new TempDirectory();
        dir.Write("broken/balena.yml", "name: x\ntype: nope\n");
        var broken = Relative(Path.Combine(dir.Path, "broken"));
        var missing = Path.Combine(dir.Path, "missing");

        var (exit, output, error) = await CliRunner.RunAsync(["validate", missing, broken]);

        Assert.Equal(2, exit);
        Assert.Contains($"cannot read '{missing}'", error, StringComparison.Ordinal);
        Assert.Contains($"{broken}/balena.yml(2,7): error CAT201:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standard_input_is_checked_on_its_own()
    {
        using var dir = new TempDirectory();
        dir.Write("balena.yml", Clean);

        var (exit, output, error) = await CliRunner.RunAsync(["validate", "-", dir.Path], Clean);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("'-' reads one manifest from standard input", error, StringComparison.Ordinal);
    }

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
}
