using FleetCatalog.Cli;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

public sealed class ButtonCommandTests
{
    [Theory]
    [InlineData("button-markdown.txt", "https://github.com/balena-labs-projects/balena-sound.git", "--device", "raspberrypi4-64")]
    [InlineData("button-markdown-png.txt", "https://github.com/owner/repo", "--image", "png")]
    [InlineData("button-url.txt", "https://github.com/ValiMail/secure-messager", "-f", "url",
        "--config-url", "https://raw.githubusercontent.com/ValiMail/secure-messager/main/.balena/balena.yml",
        "--tarball-url", "https://github.com/ValiMail/secure-messager/archive/main.tar.gz")]
    [InlineData("button-html.txt", "https://www.github.com/owner/repo/", "--format", "html", "-d", "raspberrypi3")]
    public async Task A_valid_repository_prints_the_button(string golden, params string[] args)
    {
        var (exit, output, error) = await CliRunner.RunAsync(["button", .. args]);

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
        Golden.Verify(output, $"Cli/{golden}");
    }

    [Fact]
    public async Task Markdown_is_the_default_format()
    {
        var (_, output, _) = await CliRunner.RunAsync(["button", "https://github.com/owner/repo"]);

        Assert.Equal("[![Deploy with balena](https://www.balena.io/deploy.svg)](https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/owner/repo)\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_alias_becomes_the_canonical_slug_and_says_so_on_stderr()
    {
        var (exit, output, error) = await CliRunner.RunAsync(["button", "https://github.com/owner/repo", "--device", "nuc", "-f", "url"]);

        Assert.Equal(ExitCodes.Success, exit);
        Golden.Verify(Transcript(exit, output, error), "Cli/button-alias.txt");
    }

    [Fact]
    public async Task A_discontinued_board_is_used_with_a_note()
    {
        var (exit, output, error) = await CliRunner.RunAsync(["button", "https://github.com/owner/repo", "--device", "fincm3", "-f", "url"]);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.EndsWith("defaultDeviceType=fincm3\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("'fincm3' (Balena Fin (CM3)) is discontinued", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_device_is_refused_with_a_suggestion()
    {
        var (exit, output, error) = await CliRunner.RunAsync(["button", "https://github.com/owner/repo", "--device", "raspberrypi4"]);

        Assert.Equal(ExitCodes.Unreadable, exit);
        Golden.Verify(Transcript(exit, output, error), "Cli/button-unknown-device.txt");
    }

    [Fact]
    public async Task An_invalid_repository_exits_2_with_the_librarys_message()
    {
        var (exit, output, error) = await CliRunner.RunAsync(["button", "https://github.com:owner/repo"]);

        Assert.Equal((ExitCodes.Unreadable, string.Empty), (exit, output));
        Golden.Verify(Transcript(exit, output, error), "Cli/button-invalid-repo.txt");
    }

    [Fact]
    public async Task Every_bad_value_is_reported_at_once_in_parameter_order()
    {
        var (exit, output, error) = await CliRunner.RunAsync(
            ["button", "http://user:secret@github.com/owner/repo", "-d", "Raspberry Pi 5", "--config-url", "https://github.com/owner/repo/blob/main/balena.yml", "--tarball-url", ""]);

        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
        Golden.Verify(Transcript(exit, output, error), "Cli/button-many-errors.txt");
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        var (exit, _, error) = await CliRunner.RunAsync(["button", "https://github.com/owner/repo", "--format", "bbcode"]);

        Assert.NotEqual(ExitCodes.Success, exit);
        Assert.Contains("bbcode", error, StringComparison.Ordinal);
    }

    private static string Transcript(int exit, string output, string error) =>
        $"exit code: {exit}\n--- stdout\n{output}--- stderr\n{error}";
}
