using FleetCatalog.Devices;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Devices;

public sealed class DeviceRegistryFileTests
{
    private static string ShippedFile => Path.Combine(TestPaths.RepositoryRoot, "src", "CatalogGenerator", "Devices", "device-types.json");

    [Fact]
    public void The_shipped_file_holds_all_145_balena_device_types()
    {
        Assert.Equal(145, DeviceRegistryFile.Load(ShippedFile).All.Count);
        Assert.Equal(145, DeviceRegistry.Default.All.Count);
    }

    [Fact]
    public void The_shipped_file_is_written_one_device_per_line_as_Serialize_writes_it()
    {
        var text = File.ReadAllText(ShippedFile);

        Assert.Equal(text, DeviceRegistryFile.Serialize(DeviceRegistryFile.LoadDocument(ShippedFile)));
        Assert.Equal(145 + 7, text.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void The_header_is_read_back()
    {
        var document = DeviceRegistryFile.LoadDocument(ShippedFile);

        Assert.StartsWith("balena-io/contracts", document.Source, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 7, 16), document.Updated);
    }

    [Fact]
    public void Serialize_then_parse_gives_the_same_device_types()
    {
        DeviceType[] devices =
        [
            new("zboard", "Z & Board", DeviceArchitecture.Aarch64, ["zb", "z-board"], DeviceSupportStatus.PendingDiscontinuation, new DateOnly(2026, 3, 1), true, false, null),
            new("aboard", "A Board", DeviceArchitecture.I386Nlp, [], DeviceSupportStatus.Unlisted),
        ];

        var text = DeviceRegistryFile.Serialize(devices, "a test's \"source\"", new DateOnly(2026, 1, 2));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        var document = DeviceRegistryFile.ParseDocument(stream);

        Assert.Contains("\"Z & Board\"", text, StringComparison.Ordinal);
        Assert.Equal("a test's \"source\"", document.Source);
        Assert.Equal(new DateOnly(2026, 1, 2), document.Updated);
        Assert.Equal(["aboard", "zboard"], document.DeviceTypes.Select(d => d.Slug));
        var z = document.DeviceTypes[1];
        Assert.Equal(("Z & Board", DeviceArchitecture.Aarch64, DeviceSupportStatus.PendingDiscontinuation), (z.Name, z.Architecture, z.Status));
        Assert.Equal<string>(["zb", "z-board"], z.Aliases);
        Assert.Equal((new DateOnly(2026, 3, 1), true, false, (bool?)null), (z.DiscontinuationDate, z.Hdmi, z.Wifi, z.Bluetooth));
    }
}
