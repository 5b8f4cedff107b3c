using System.Text.Json;
using System.Text.RegularExpressions;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli.Formats;

/// <summary>Every <c>validate --format</c> names a finding's file the same way: from the current directory, forward slashes.</summary>
public sealed partial class ReportFileNamesTests
{
    [Fact]
    public async Task All_four_formats_name_each_finding_s_file_from_the_working_directory()
    {
        using var dir = new TempDirectory();
        dir.Write("apps/sound/balena.yml", "name: x\ntype: nope\n");
        var project = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(dir.Path, "apps", "sound")).Replace('\\', '/');

        var text = await FilesAsync("text", project, output => TextFile().Matches(output).Select(m => m.Groups[1].Value));
        var json = await FilesAsync("json", project, output => Elements(output, "diagnostics").Select(d => d.GetProperty("file").GetString()!));
        var github = await FilesAsync("github", project, output => GithubFile().Matches(output).Select(m => m.Groups[1].Value));
        var sarif = await FilesAsync("sarif", project, output => Elements(output, "runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!).ToList());

        Assert.True(text.Count >= 2, string.Join('\n', text));
        Assert.All(text, file => Assert.Equal($"{project}/balena.yml", file));
        Assert.Equal(text, json);
        Assert.Equal(text, github);
        Assert.Equal(text, sarif);
    }

    [Fact]
    public async Task The_text_summary_names_the_manifest_as_its_findings_do()
    {
        using var dir = new TempDirectory();
        dir.Write("sound/balena.yml", "name: x\ntype: nope\n");
        var project = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(dir.Path, "sound")).Replace('\\', '/');

        var (_, output, _) = await CliRunner.RunAsync(["validate", project]);

        Assert.EndsWith($"\n{project}/balena.yml: 2 errors, 2 warnings, no infos.\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static async Task<List<string>> FilesAsync(string format, string project, Func<string, IEnumerable<string>> files)
    {
        var (exit, output, error) = await CliRunner.RunAsync(["validate", project, "--format", format]);
        Assert.True(exit == 1, output + error);
        return [.. files(output)];
    }

    private static List<JsonElement> Elements(string output, string property)
    {
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty(property).EnumerateArray().Select(e => e.Clone())];
    }

    // "file(line,col): severity CODE:" at the start of a line (continuation lines are indented).
    [GeneratedRegex(@"^(\S[^(\n]*)\(\d+,\d+\): (?:error|warning|info) CAT\d{3}:", RegexOptions.Multiline)]
    private static partial Regex TextFile();

    [GeneratedRegex(@"^::\w+ file=([^,]+),", RegexOptions.Multiline)]
    private static partial Regex GithubFile();
}
