using System.Text;
using System.Text.Json;
using FleetCatalog.Cli;
using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

/// <summary>Reads from disk are bounded, and what the README promises about unreadable input and options holds.</summary>
public sealed class BoundedInputTests
{
    [Fact]
    public async Task An_endless_file_is_read_only_up_to_the_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var (exit, output, error) = await CliRunner.RunAsync(["validate", "/dev/zero", "--format", "json"]);

        Assert.Equal(1, exit);
        Assert.Empty(error);
        Assert.Equal([DiagnosticCodes.FileTooLarge.Code], Codes(output));
    }

    [Fact]
    public async Task A_dockerfile_over_the_limit_is_not_read_whole()
    {
        using var dir = new TempDirectory();
        dir.Write("balena.yml", "name: x\ntype: sw.application\ndata:\n  defaultDeviceType: raspberrypi4-64\n  supportedDeviceTypes: [raspberrypi4-64]\n");
        dir.Write("Dockerfile", "FROM alpine\nRUN echo " + new string('a', 300 * 1024) + "\n");

        var (exit, _, error) = await CliRunner.RunAsync(["validate", dir.Path, "--format", "json"]);

        Assert.NotEqual(2, exit);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0, 0 }, "utf-32le")]
    [InlineData(new byte[] { 0, 0, 0xFE, 0xFF }, "utf-32BE")]
    public async Task Utf32_is_named_as_such(byte[] bom, string encoding)
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("balena.yml", [.. bom, .. Encoding.GetEncoding(encoding).GetBytes("name: x\n")]);

        var (exit, output, _) = await CliRunner.RunAsync(["validate", dir.Path, "--format", "json"]);

        Assert.Equal(1, exit);
        Assert.Equal([DiagnosticCodes.NotUtf8Text.Code], Codes(output));
        Assert.Contains("saved as UTF-32", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_that_cannot_be_read_exits_2()
    {
        // /proc/self/mem opens but fails to read at offset 0 (an I/O error), for any user, root included.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dir = new TempDirectory();
        File.CreateSymbolicLink(Path.Combine(dir.Path, "balena.yml"), "/proc/self/mem");

        var (exit, output, _) = await CliRunner.RunAsync(["validate", dir.Path, "--format", "json"]);

        Assert.Equal(2, exit);
        Assert.Equal([DiagnosticCodes.FileUnreadable.Code], Codes(output));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task Parallelism_below_one_is_a_usage_error(string value)
    {
        var (exit, _, error) = await CliRunner.RunAsync(["build", "--parallelism", value, "--output", Path.Combine(Path.GetTempPath(), "never-built")]);

        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.Contains($"--parallelism must be 1 or more (the number of projects refreshed at once), not {value}.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("catalog build", "build", "--parallelism", "0")]
    [InlineData("catalog serve", "serve", "--port", "70000")]
    [InlineData("catalog build", "build", "--no-such-option")]
    [InlineData("catalog validate", "validate", "--format", "nope", ".")]
    [InlineData("catalog add", "add")]
    [InlineData("catalog button", "button")]
    [InlineData("catalog devices update", "devices", "update", "--timeout", "0")]
    [InlineData("catalog", "no-such-command")]
    public async Task A_usage_error_exits_2_with_one_line_and_where_to_look(string command, params string[] args)
    {
        var (exit, output, error) = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.Empty(output);
        // One line per parse error (the root command can have two: none given, and the word it did not know).
        var lines = error.TrimEnd().Split('\n');
        Assert.InRange(lines.Length, 2, 3);
        Assert.All(lines[..^1], l => Assert.StartsWith("error: ", l, StringComparison.Ordinal));
        Assert.Equal($"see '{command} --help'", lines[^1]);
    }

    [Theory]
    [InlineData("add", "https://github.com/example/hello")]
    [InlineData("validate", "projects/hello.yml")]
    public async Task A_file_as_the_cache_is_a_usage_error_not_a_stack_trace(string command, string target)
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "cache");
        File.WriteAllText(file, "not a folder");

        var (exit, output, error) = await CliRunner.RunAsync([command, target, "--cache", file]);

        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.Empty(output);
        Assert.StartsWith($"error: --cache '{file}' is a file; the cache needs a folder", error, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public async Task Each_url_option_says_what_it_wants()
    {
        var (_, _, baseUrl) = await CliRunner.RunAsync(["build", "--base-url", "ftp://example.org/"]);
        var (_, _, apiUrl) = await CliRunner.RunAsync(["build", "--github-api-url", "ftp://example.org/"]);

        Assert.Contains("'ftp://example.org/' is not an http(s) URL; give the address the site is published at", baseUrl, StringComparison.Ordinal);
        Assert.DoesNotContain("API", baseUrl, StringComparison.Ordinal);
        Assert.Contains("give the API's base URL", apiUrl, StringComparison.Ordinal);
    }

    private static List<string?> Codes(string output)
    {
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString())];
    }
}
