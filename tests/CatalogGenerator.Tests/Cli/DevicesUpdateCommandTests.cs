using FleetCatalog.Cli;
using FleetCatalog.Devices;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

public sealed class DevicesUpdateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _file;

    public DevicesUpdateCommandTests()
    {
        DeviceType[] current =
        [
            new("raspberrypi3", "Raspberry Pi 3", DeviceArchitecture.Armv7hf, ["raspberrypi2b"], DeviceSupportStatus.Supported, null, true, true, true),
            new("fincm3", "Balena Fin (CM3)", DeviceArchitecture.Armv7hf, [], DeviceSupportStatus.Discontinued),
            new("ts4900", "Technologic TS-4900", DeviceArchitecture.Armv7hf, [], DeviceSupportStatus.PendingDiscontinuation, new DateOnly(2026, 3, 1)),
        ];
        _file = _dir.Write("device-types.json", DeviceRegistryFile.Serialize(current, "test", new DateOnly(2026, 1, 1)));
    }

    private static string ApiAnswer => FakeBalenaApi.DeviceTypes(
        ("raspberrypi3", "Raspberry Pi 3 (32bit)", "armv7hf", ["raspberrypi2b"]),
        ("fincm3", "Balena Fin (CM3)", "armv7hf", []),
        ("raspberrypi6", "Raspberry Pi 6", "aarch64", ["rpi6"]));

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task An_update_keeps_statuses_adds_new_boards_as_unlisted_and_keeps_missing_ones()
    {
        using var api = new FakeBalenaApi(ApiAnswer);

        var (exit, output, error) = await CliRunner.RunAsync(["devices", "update", "--api-url", api.Url, "--output", _file]);

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, error));
        var devices = DeviceRegistryFile.Load(_file);
        Assert.Equal(["fincm3", "raspberrypi3", "raspberrypi6", "ts4900"], devices.All.Select(d => d.Slug));
        Assert.Equal(("Raspberry Pi 3 (32bit)", DeviceSupportStatus.Supported), (devices.Find("raspberrypi3")!.Name, devices.Find("raspberrypi3")!.Status));
        Assert.Equal(DeviceSupportStatus.Discontinued, devices.Find("fincm3")!.Status);
        Assert.Equal(DeviceSupportStatus.Unlisted, devices.Find("raspberrypi6")!.Status);
        Assert.Equal(new DateOnly(2026, 3, 1), devices.Find("ts4900")!.DiscontinuationDate);
        Assert.Contains("balena's API returned 3 device types.", output, StringComparison.Ordinal);
        Assert.Contains("Added, marked unlisted until balena's docs say otherwise (1):\n  + raspberrypi6 \"Raspberry Pi 6\" (aarch64)", Lf(output), StringComparison.Ordinal);
        Assert.Contains("No longer returned by the API, kept (check balena's docs; mark discontinued if they are) (1):\n  - ts4900", Lf(output), StringComparison.Ordinal);
        Assert.Contains("Renamed (1):\n  ~ raspberrypi3: \"Raspberry Pi 3\" -> \"Raspberry Pi 3 (32bit)\"", Lf(output), StringComparison.Ordinal);
        Assert.Contains($"Wrote {_file} (4 device types)", output, StringComparison.Ordinal);
        Assert.Equal(["device-types.json"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_written_file_is_in_the_one_device_per_line_layout()
    {
        using var api = new FakeBalenaApi(ApiAnswer);

        await CliRunner.RunAsync(["devices", "update", "--api-url", api.Url, "--output", _file]);

        var text = File.ReadAllText(_file);
        Assert.Equal(text, DeviceRegistryFile.Serialize(DeviceRegistryFile.LoadDocument(_file)));
        Assert.Contains("\"source\": \"balena API /v7/device_type", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_reports_but_leaves_the_file_alone()
    {
        using var api = new FakeBalenaApi(ApiAnswer);
        var before = File.ReadAllBytes(_file);

        var (exit, output, _) = await CliRunner.RunAsync(["devices", "update", "--api-url", api.Url, "--output", _file, "--dry-run"]);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("+ raspberrypi6", output, StringComparison.Ordinal);
        Assert.Contains("Dry run:", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_file));
    }

    [Fact]
    public async Task When_the_api_is_down_it_exits_2_and_leaves_the_file_alone()
    {
        var before = File.ReadAllBytes(_file);

        var (exit, _, error) = await CliRunner.RunAsync(["devices", "update", "--api-url", FakeBalenaApi.UnreachableUrl(), "--output", _file]);

        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.Contains("cannot reach balena's API", error, StringComparison.Ordinal);
        Assert.Contains("device-types.json was not changed", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_file));
    }

    [Theory]
    [InlineData("<html><body>Bad gateway</body></html>", 200, "not a device-type list")]
    [InlineData("""{"d":[]}""", 200, "its device-type list is empty")]
    [InlineData("""{"error":"Unauthorized"}""", 401, "HTTP 401")]
    public async Task A_garbage_answer_exits_2_and_leaves_the_file_alone(string body, int status, string message)
    {
        using var api = new FakeBalenaApi(body, (System.Net.HttpStatusCode)status);
        var before = File.ReadAllBytes(_file);

        var (exit, _, error) = await CliRunner.RunAsync(["devices", "update", "--api-url", api.Url, "--output", _file]);

        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_file));
    }

    [Fact]
    public async Task Nothing_new_means_nothing_written()
    {
        using var api = new FakeBalenaApi(FakeBalenaApi.DeviceTypes(("raspberrypi3", "Raspberry Pi 3", "armv7hf", ["raspberrypi2b"])));
        File.WriteAllText(_file, DeviceRegistryFile.Serialize(
            [new DeviceType("raspberrypi3", "Raspberry Pi 3", DeviceArchitecture.Armv7hf, ["raspberrypi2b"], DeviceSupportStatus.Supported, null, true, true, false)],
            "test",
            new DateOnly(2026, 1, 1)));
        var before = File.ReadAllBytes(_file);

        var (exit, output, _) = await CliRunner.RunAsync(["devices", "update", "--api-url", api.Url, "--output", _file]);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("No changes.", output, StringComparison.Ordinal);
        Assert.Contains("is up to date (1 device types); nothing written.", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_file));
    }

    [Fact]
    public async Task A_new_output_file_starts_from_the_built_in_list()
    {
        using var api = new FakeBalenaApi(ApiAnswer);
        var fresh = Path.Combine(_dir.Path, "fresh", "device-types.json");

        var (exit, _, _) = await CliRunner.RunAsync(["devices", "update", "--api-url", api.Url, "--output", fresh]);

        Assert.Equal(ExitCodes.Success, exit);
        var devices = DeviceRegistryFile.Load(fresh);
        Assert.Equal(146, devices.All.Count);
        Assert.Equal(DeviceSupportStatus.Discontinued, devices.Find("fincm3")!.Status);
    }

    [Fact]
    public async Task An_unreadable_current_file_exits_2_before_asking_the_api()
    {
        File.WriteAllText(_file, "{ not json");

        var (exit, _, error) = await CliRunner.RunAsync(["devices", "update", "--api-url", FakeBalenaApi.UnreachableUrl(), "--output", _file]);

        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.Contains("cannot read the current list", error, StringComparison.Ordinal);
        Assert.Equal("{ not json", File.ReadAllText(_file));
    }

    [Fact]
    public void The_default_output_is_the_data_file_of_the_repository_around_the_current_directory()
    {
        var expected = Path.Combine(TestPaths.RepositoryRoot, "src", "CatalogGenerator", "Devices", "device-types.json");

        Assert.Equal(expected, DevicesUpdateCommand.FindDataFile(Path.Combine(TestPaths.RepositoryRoot, "tests", "CatalogGenerator.Tests")));
        Assert.Null(DevicesUpdateCommand.FindDataFile(_dir.Path));
    }

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
