using System.Text;
using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

/// <summary>Hostile or broken input: one clear diagnostic and exit code 1 or 2, never a stack trace, a hang or unbounded memory.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task A_file_over_256_KiB_is_refused_unread()
    {
        using var dir = new TempDirectory();
        dir.Write("balena.yml", "name: x\n" + new string('#', 300 * 1024));

        var (exit, output, error) = await RunAsync(dir.Path);

        AssertOneFinding(DiagnosticCodes.FileTooLarge, exit, 1, output, error);
    }

    [Fact]
    public async Task Endless_standard_input_is_read_only_up_to_the_limit()
    {
        var (exit, output, error) = await CliRunner.RunAsync(["validate", "-", "--format", "json"], new string('a', 2 * 1024 * 1024));

        AssertOneFinding(DiagnosticCodes.FileTooLarge, exit, 1, output, error);
    }

    [Fact]
    public async Task Binary_content_is_refused()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("balena.yml", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);

        var (exit, output, error) = await RunAsync(dir.Path);

        AssertOneFinding(DiagnosticCodes.NotUtf8Text, exit, 1, output, error);
    }

    [Fact]
    public async Task Non_utf8_text_is_refused_with_the_position_of_the_bad_byte()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("balena.yml", [.. Encoding.UTF8.GetBytes("name: ok\ntype: caf"), 0xE9, (byte)'\n']);

        var (exit, output, error) = await RunAsync(dir.Path);

        AssertOneFinding(DiagnosticCodes.NotUtf8Text, exit, 1, output, error);
        Assert.Contains("\"line\": 2", output, StringComparison.Ordinal);
        Assert.Contains("\"column\": 10", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf16_is_named_as_such()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("balena.yml", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("name: x\n")]);

        var (exit, output, error) = await RunAsync(dir.Path);

        AssertOneFinding(DiagnosticCodes.NotUtf8Text, exit, 1, output, error);
        Assert.Contains("UTF-16", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    public async Task An_empty_file_is_one_finding(string text)
    {
        using var dir = new TempDirectory();
        dir.Write("balena.yml", text);

        var (exit, output, error) = await RunAsync(dir.Path);

        AssertOneFinding(DiagnosticCodes.EmptyFile, exit, 1, output, error);
    }

    [Fact]
    public async Task Deeply_nested_yaml_is_refused_quickly()
    {
        using var dir = new TempDirectory();
        dir.Write("balena.yml", "a: " + new string('[', 200_000));

        var (exit, output, error) = await RunAsync(dir.Path);

        // Past 256 KiB the size limit answers first; under it, the depth limit does.
        Assert.Equal(1, exit);
        Assert.Empty(error);
        Assert.Contains(DiagnosticCodes.NestingTooDeep.Code, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alias_bomb_is_refused()
    {
        var lines = new List<string> { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        foreach (var (name, previous) in new[] { ("b", "a"), ("c", "b"), ("d", "c"), ("e", "d"), ("f", "e"), ("g", "f"), ("h", "g"), ("i", "h") })
        {
            lines.Add($"{name}: &{name} [{string.Join(",", Enumerable.Repeat("*" + previous, 9))}]");
        }

        var (exit, output, error) = await CliRunner.RunAsync(["validate", "-", "--format", "json"], string.Join("\n", lines));

        AssertOneFinding(DiagnosticCodes.AliasExpansionTooLarge, exit, 1, output, error);
    }

    [Fact]
    public async Task A_directory_without_a_manifest_exits_2_with_one_finding()
    {
        using var dir = new TempDirectory();
        dir.Write("README.md", "# Not a balena project\n");

        var (exit, output, error) = await RunAsync(dir.Path);

        AssertOneFinding(DiagnosticCodes.ManifestNotFound, exit, 2, output, error);
    }

    [Fact]
    public async Task A_missing_path_exits_2_with_a_message_and_no_stack_trace()
    {
        var (exit, output, error) = await CliRunner.RunAsync(["validate", "/no/such/project"]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("/no/such/project", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yaml_list_instead_of_a_mapping_is_one_finding()
    {
        var (exit, output, error) = await CliRunner.RunAsync(["validate", "-", "--format", "json"], "- name: x\n- type: sw.block\n");

        AssertOneFinding(DiagnosticCodes.WrongValueType, exit, 1, output, error);
    }

    [Fact]
    public async Task A_broken_compose_file_is_reported_and_the_manifest_still_checked()
    {
        using var dir = new TempDirectory();
        dir.Write("balena.yml", "name: x\ntype: nope\n");
        dir.Write("docker-compose.yml", "services: [\n");

        var (exit, output, _) = await RunAsync(dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains($"\"file\": \"{Path.GetRelativePath(Environment.CurrentDirectory, dir.Path).Replace('\\', '/')}/docker-compose.yml\"", output, StringComparison.Ordinal);
        Assert.Contains(DiagnosticCodes.TypeInvalid.Code, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1}")]
    [InlineData("{\"schemaVersion\": 1, \"deviceTypes\": [{\"slug\": 3}]}")]
    [InlineData("not json")]
    public async Task A_broken_device_type_list_exits_2_with_a_message(string json)
    {
        using var dir = new TempDirectory();
        var list = dir.Write("devices.json", json);

        var (exit, _, error) = await CliRunner.RunAsync(["validate", "-", "--device-types", list], "name: x\ntype: sw.block\n");

        Assert.Equal(2, exit);
        Assert.Contains("devices.json", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(string path) =>
        CliRunner.RunAsync(["validate", path, "--format", "json"]);

    private static void AssertOneFinding(DiagnosticDescriptor expected, int exit, int expectedExit, string output, string error)
    {
        Assert.Equal(expectedExit, exit);
        Assert.Empty(error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var codes = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Equal([expected.Code], codes);
    }
}
