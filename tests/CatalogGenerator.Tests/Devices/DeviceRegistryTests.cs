using FleetCatalog.Devices;

namespace FleetCatalog.Tests.Devices;

public sealed class DeviceRegistryTests
{
    [Theory]
    [InlineData("raspberry4-64", "raspberrypi4-64")]
    [InlineData("Raspberry Pi 5", "raspberrypi5")]
    [InlineData("Raspberry Pi 4 (using 64bit OS)", "raspberrypi4-64")]
    [InlineData("Raspberry Pi 4", "raspberrypi4-64")]
    [InlineData("orangepi-one", "orange-pi-one")]
    [InlineData("raspberrypi4", "raspberrypi4-64")]
    [InlineData("raspberrypi-4", "raspberrypi4-64")]
    [InlineData("raspberry-pi3", "raspberrypi3")]
    [InlineData("raspberrypi5-64", "raspberrypi5")]
    [InlineData("raspberrypi0-2w", "raspberrypi0-2w-64")]
    [InlineData("genericx86-64", "genericx86-64-ext")]
    [InlineData("RaspberryPi3", "raspberrypi3")]
    [InlineData("jetson-nano-2gb", "jetson-nano-2gb-devkit")]
    public void Suggest_finds_the_one_board_meant(string text, string meant)
    {
        Assert.Equal([meant], DeviceRegistry.Default.Suggest(text));
    }

    [Fact]
    public void Suggest_offers_both_64_bit_pis_for_raspberry_pi_64()
    {
        Assert.Equal(["raspberrypi3-64", "raspberrypi4-64"], DeviceRegistry.Default.Suggest("raspberry-pi-64"));
    }

    [Fact]
    public void Suggest_offers_the_zero_boards_for_raspberry_pi_zero()
    {
        var suggestions = DeviceRegistry.Default.Suggest("Raspberry Pi Zero");

        Assert.Contains("raspberry-pi", suggestions);
        Assert.Contains("raspberrypi0-2w-64", suggestions);
    }

    [Fact]
    public void Suggest_offers_nothing_for_nonsense()
    {
        Assert.Empty(DeviceRegistry.Default.Suggest("my-toaster-xyz"));
        Assert.Empty(DeviceRegistry.Default.Suggest("  "));
    }

    [Theory]
    [InlineData("nuc", "intel-nuc")]
    [InlineData("raspberrypi", "raspberry-pi")]
    [InlineData("beaglebone", "beaglebone-black")]
    public void Aliases_resolve_to_their_slug(string alias, string slug)
    {
        Assert.Equal(slug, DeviceRegistry.Default.FindByAlias(alias)?.Slug);
        Assert.Null(DeviceRegistry.Default.Find(alias));
    }
}
