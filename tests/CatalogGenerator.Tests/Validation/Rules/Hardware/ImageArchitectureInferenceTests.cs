using FleetCatalog.Devices;
using FleetCatalog.Validation.Rules.Hardware;

namespace FleetCatalog.Tests.Validation.Rules.Hardware;

public sealed class ImageArchitectureInferenceTests
{
    private static readonly ImageArchitectureInference Inference = new(DeviceRegistry.Default);

    [Theory]
    [InlineData("arm32v7/influxdb@sha256:2fed9b09a672cab330ac3ea1f03616e6821f2235bda64d549f605ef0d7081911", "armv7hf")]
    [InlineData("arm32v6/eclipse-mosquitto:2.0", "rpi")]
    [InlineData("arm64v8/debian", "aarch64")]
    [InlineData("docker.io/amd64/node:20", "amd64")]
    [InlineData("i386/debian", "i386")]
    [InlineData("balenalib/raspberrypi3-debian", "armv7hf")]
    [InlineData("balenalib/raspberrypi3-64-debian:bookworm", "aarch64")]
    [InlineData("balenalib/raspberry-pi-debian-python", "rpi")]
    [InlineData("balenalib/rpi-raspbian", "rpi")]
    [InlineData("balenalib/aarch64-debian-node:18", "aarch64")]
    [InlineData("balenalib/intel-nuc-debian", "amd64")]
    [InlineData("balenalib/generic-aarch64-debian", "aarch64")]
    [InlineData("balenalib/i386-nlp-debian", "i386-nlp")]
    [InlineData("resin/armv7hf-debian", "armv7hf")]
    [InlineData("bh.cr/balenalabs/browser-aarch64", "aarch64")]
    [InlineData("bh.cr/balenalabs/connector-armv7hf", "armv7hf")]
    [InlineData("bh.cr/balenalabs/audio-rpi", "rpi")]
    [InlineData("balenablocks/wifi-connect:rpi", "rpi")]
    [InlineData("balenablocks/dbus:rpi-0.0.2", "rpi")]
    [InlineData("balenablocks/dashboard:raspberrypi3", "armv7hf")]
    [InlineData("causticlab/hass-configurator-docker:x86_64", "amd64")]
    [InlineData("homeassistant/aarch64-homeassistant:stable", "aarch64")]
    [InlineData("linuxserver/syncthing:arm64v8-latest", "aarch64")]
    [InlineData("someone/tool_amd64:1.0", "amd64")]
    [InlineData("someone/tool-armhf", "rpi")]
    public void Architecture_specific_names_are_recognised(string image, string architecture)
    {
        Assert.Equal(architecture, Inference.FromImage(image)?.Architecture.Slug());
    }

    [Theory]
    [InlineData("debian:bookworm")]
    [InlineData("node:20")]
    [InlineData("ghcr.io/x/y:tag")]
    [InlineData("ghcr.io/arm32v7/y")]
    [InlineData("balenablocks/dashboard")]
    [InlineData("bh.cr/balenalabs/dashboard")]
    [InlineData("homeassistant/home-assistant:stable")]
    [InlineData("ghcr.io/home-assistant/raspberrypi4-homeassistant:2021.11.5")]
    [InlineData("balenalib/%%BALENA_MACHINE_NAME%%-debian")]
    [InlineData("bh.cr/balenalabs/browser-%%BALENA_ARCH%%")]
    [InlineData("someone/audio-rpi")]
    [InlineData("someone/app:raspberrypi3")]
    [InlineData("influxdb@sha256:b099bdd1f4306689fd11c02f83b3de7fc11eccd8debf5f345e9be11d0a7cd7dc")]
    [InlineData("redis:7.0.0-alpine3.15")]
    [InlineData("localhost:5000/app")]
    [InlineData("nebraltd/hm-pktfwd:8d78298")]
    [InlineData("nicolargo/glances:3.4.0.5")]
    [InlineData("balenalib/${ARCH}-debian")]
    [InlineData("")]
    public void Names_that_may_be_multi_architecture_say_nothing(string image)
    {
        Assert.Null(Inference.FromImage(image));
    }

    [Theory]
    [InlineData("linux/amd64", "amd64")]
    [InlineData("linux/arm64", "aarch64")]
    [InlineData("linux/arm64/v8", "aarch64")]
    [InlineData("linux/arm/v7", "armv7hf")]
    [InlineData("linux/arm/v6", "rpi")]
    [InlineData("linux/386", "i386")]
    public void Platforms_are_recognised(string platform, string architecture)
    {
        Assert.Equal(architecture, ImageArchitectureInference.FromPlatform(platform)?.Architecture.Slug());
    }

    [Theory]
    [InlineData("$TARGETPLATFORM")]
    [InlineData("linux/riscv64")]
    public void Other_platforms_say_nothing(string platform)
    {
        Assert.Null(ImageArchitectureInference.FromPlatform(platform));
    }
}
