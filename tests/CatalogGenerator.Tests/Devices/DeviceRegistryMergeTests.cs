using FleetCatalog.Devices;

namespace FleetCatalog.Tests.Devices;

public sealed class DeviceRegistryMergeTests
{
    private static readonly DeviceType Pi3 = new("raspberrypi3", "Raspberry Pi 3", DeviceArchitecture.Armv7hf, ["raspberrypi2b"], DeviceSupportStatus.Supported, null, true, true, true);
    private static readonly DeviceType Fin = new("fincm3", "Balena Fin (CM3)", DeviceArchitecture.Armv7hf, [], DeviceSupportStatus.Discontinued);
    private static readonly DeviceType Old = new("ts4900", "Technologic TS-4900", DeviceArchitecture.Armv7hf, [], DeviceSupportStatus.PendingDiscontinuation, new DateOnly(2026, 3, 1));

    private static ApiDeviceType Api(string slug, string name, string arch, params string[] aliases) => new(slug, name, arch, [.. aliases]);

    [Fact]
    public void Known_boards_keep_their_support_status_and_take_the_api_name_arch_and_aliases()
    {
        var result = DeviceRegistryMerge.Merge([Pi3, Fin, Old], [
            Api("raspberrypi3", "Raspberry Pi 3 (32bit)", "armv7hf", "raspberrypi2b"),
            Api("fincm3", "Balena Fin (CM3)", "aarch64", "fin"),
            Api("ts4900", "Technologic TS-4900", "armv7hf"),
        ]);

        var pi3 = result.DeviceTypes.Single(d => d.Slug == "raspberrypi3");
        var fin = result.DeviceTypes.Single(d => d.Slug == "fincm3");
        var old = result.DeviceTypes.Single(d => d.Slug == "ts4900");
        Assert.Equal(("Raspberry Pi 3 (32bit)", DeviceSupportStatus.Supported), (pi3.Name, pi3.Status));
        Assert.Equal((DeviceArchitecture.Aarch64, DeviceSupportStatus.Discontinued), (fin.Architecture, fin.Status));
        Assert.Equal<string>(["fin"], fin.Aliases);
        Assert.Equal((DeviceSupportStatus.PendingDiscontinuation, new DateOnly(2026, 3, 1)), (old.Status, old.DiscontinuationDate));
        Assert.Equal(new DeviceTypeChange("raspberrypi3", "Raspberry Pi 3", "Raspberry Pi 3 (32bit)"), Assert.Single(result.Renamed));
        Assert.Equal(new DeviceTypeChange("fincm3", "armv7hf", "aarch64"), Assert.Single(result.ArchitectureChanged));
        Assert.Equal(new DeviceTypeChange("fincm3", "[]", "[fin]"), Assert.Single(result.AliasesChanged));
        Assert.True(result.ChangesFile);
    }

    [Fact]
    public void A_new_slug_is_added_as_unlisted_with_the_contract_hardware_flags()
    {
        var result = DeviceRegistryMerge.Merge([Pi3], [
            Api("raspberrypi3", "Raspberry Pi 3", "armv7hf", "raspberrypi2b"),
            Api("raspberrypi6", "Raspberry Pi 6", "aarch64") with { Hdmi = true, Wifi = false },
        ]);

        var added = Assert.Single(result.Added);
        Assert.Equal(("raspberrypi6", DeviceSupportStatus.Unlisted, DeviceArchitecture.Aarch64), (added.Slug, added.Status, added.Architecture));
        Assert.Equal((true, false, (bool?)null), (added.Hdmi, added.Wifi, added.Bluetooth));
        Assert.Contains(added, result.DeviceTypes);
        Assert.True(result.ChangesFile);
    }

    [Fact]
    public void Boards_the_api_no_longer_returns_are_kept_and_reported()
    {
        var result = DeviceRegistryMerge.Merge([Pi3, Old], [Api("raspberrypi3", "Raspberry Pi 3", "armv7hf", "raspberrypi2b")]);

        Assert.Equal(["raspberrypi3", "ts4900"], result.DeviceTypes.Select(d => d.Slug));
        Assert.Equal(Old, Assert.Single(result.NoLongerReturned));
        Assert.False(result.ChangesFile);
    }

    [Fact]
    public void The_same_data_in_another_order_changes_nothing()
    {
        var pi3 = Pi3 with { Aliases = ["b", "a"] };

        var result = DeviceRegistryMerge.Merge([pi3], [Api("raspberrypi3", "Raspberry Pi 3", "armv7hf", "a", "b")]);

        Assert.False(result.ChangesFile);
        Assert.Equal<string>(["b", "a"], result.DeviceTypes[0].Aliases);
        Assert.Equal(pi3.Hdmi, result.DeviceTypes[0].Hdmi);
    }

    [Fact]
    public void Hardware_flags_the_api_sends_replace_ours_and_are_reported()
    {
        var result = DeviceRegistryMerge.Merge([Pi3], [Api("raspberrypi3", "Raspberry Pi 3", "armv7hf", "raspberrypi2b") with { Bluetooth = false }]);

        Assert.False(result.DeviceTypes[0].Bluetooth);
        Assert.Equal(new DeviceTypeChange("raspberrypi3", "hdmi=yes wifi=yes bluetooth=yes", "hdmi=yes wifi=yes bluetooth=no"), Assert.Single(result.HardwareChanged));
    }

    [Fact]
    public void A_board_of_an_unknown_architecture_is_skipped_and_a_known_one_kept_as_it_was()
    {
        var result = DeviceRegistryMerge.Merge([Pi3], [
            Api("raspberrypi3", "Raspberry Pi 3 RISC", "riscv64"),
            Api("visionfive2", "VisionFive 2", "riscv64"),
        ]);

        Assert.Equal<DeviceType>([Pi3], result.DeviceTypes);
        Assert.Equal<DeviceTypeChange>(
            [new DeviceTypeChange("raspberrypi3", "armv7hf", "riscv64"), new DeviceTypeChange("visionfive2", "-", "riscv64")],
            result.Skipped);
        Assert.Empty(result.NoLongerReturned);
        Assert.False(result.ChangesFile);
    }

    [Fact]
    public void Private_and_repeated_device_types_are_ignored()
    {
        var result = DeviceRegistryMerge.Merge([Pi3], [
            Api("raspberrypi3", "Raspberry Pi 3", "armv7hf", "raspberrypi2b"),
            Api("raspberrypi3", "Something Else", "aarch64"),
            Api("secret-board", "Secret", "aarch64") with { IsPrivate = true },
        ]);

        Assert.Equal<DeviceType>([Pi3], result.DeviceTypes);
        Assert.False(result.ChangesFile);
    }
}
