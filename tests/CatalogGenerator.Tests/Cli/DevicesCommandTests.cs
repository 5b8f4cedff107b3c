using System.Text.Json;
using FleetCatalog.Cli;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

public sealed class DevicesCommandTests
{
    [Fact]
    public async Task Arch_rpi_lists_only_the_armv6_raspberry_pi()
    {
        var (exit, output, error) = await CliRunner.RunAsync(["devices", "--arch", "rpi"]);

        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
        Assert.Equal(["SLUG", "NAME", "ARCH", "STATUS"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["raspberry-pi", "rpi", "supported"], lines[1].Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).Where(c => !c.StartsWith("Raspberry", StringComparison.Ordinal)));
        Assert.Contains("Raspberry Pi (v1 / Zero / Zero W)", lines[1], StringComparison.Ordinal);
        Assert.Equal("1 device types.", lines[^1]);
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public async Task Json_lists_every_board_with_its_slug_name_arch_aliases_and_status()
    {
        var (exit, output, _) = await CliRunner.RunAsync(["devices", "--format", "json"]);

        using var json = JsonDocument.Parse(output);
        var boards = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(145, boards.Count);
        var nuc = boards.Single(b => b.GetProperty("slug").GetString() == "intel-nuc");
        Assert.Equal("amd64", nuc.GetProperty("arch").GetString());
        Assert.Equal("supported", nuc.GetProperty("status").GetString());
        Assert.Contains("nuc", nuc.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Json_with_status_and_arch_filters_both()
    {
        var (_, output, _) = await CliRunner.RunAsync(["devices", "--status", "discontinued", "--arch", "armv7hf", "-f", "json"]);

        using var json = JsonDocument.Parse(output);
        var boards = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(boards);
        Assert.All(boards, b => Assert.Equal(("discontinued", "armv7hf"), (b.GetProperty("status").GetString(), b.GetProperty("arch").GetString())));
        Assert.Contains(boards, b => b.GetProperty("slug").GetString() == "fincm3");
    }

    [Fact]
    public async Task An_unknown_arch_is_refused()
    {
        var (exit, _, error) = await CliRunner.RunAsync(["devices", "--arch", "arm64"]);

        Assert.NotEqual(ExitCodes.Success, exit);
        Assert.Contains("arm64", error, StringComparison.Ordinal);
    }
}
