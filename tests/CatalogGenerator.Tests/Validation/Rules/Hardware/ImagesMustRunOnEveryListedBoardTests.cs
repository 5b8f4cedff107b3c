using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Hardware;

public sealed class ImagesMustRunOnEveryListedBoardTests
{
    private static IReadOnlyList<Diagnostic> Validate(string[] boards, params (string Path, string Text)[] files) =>
        TestProject.ValidateDirectory([("balena.yml", HardwareManifest.Yaml(boards[0], boards)), .. files]).WithCode(DiagnosticCodes.ImageArchitectureMismatch);

    private static string Compose(string service) => "services:\n  " + service.Replace("\n", "\n  ", StringComparison.Ordinal) + "\n";

    [Theory]
    [InlineData("debian:bookworm")]
    [InlineData("ghcr.io/x/y:tag")]
    [InlineData("bh.cr/balenalabs/browser-%%BALENA_ARCH%%")]
    [InlineData("arm32v6/eclipse-mosquitto:2.0")]
    public void Images_that_run_everywhere_listed_pass(string image)
    {
        var found = Validate(["raspberrypi4-64", "raspberrypi3", "raspberry-pi"], ("docker-compose.yml", Compose($"app:\n  image: {image}")));

        Assert.Empty(found);
    }

    [Fact]
    public void An_architecture_specific_image_is_an_error_at_its_value_naming_the_boards()
    {
        var found = Validate(["raspberrypi4-64", "raspberrypi3", "raspberry-pi"], ("docker-compose.yml", Compose("db:\n  image: arm32v7/influxdb:1.8")));

        var error = Assert.Single(found);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("docker-compose.yml", error.File);
        Assert.Equal((3, 12), (error.Span.Line, error.Span.Column));
        Assert.Contains("service 'db' pulls image 'arm32v7/influxdb:1.8'", error.Message, StringComparison.Ordinal);
        Assert.Contains("32-bit ARMv7 (armv7hf)", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot run on 'raspberry-pi' (rpi)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'raspberrypi3'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amd64_image_names_every_arm_board()
    {
        var found = Validate(["intel-nuc", "raspberrypi4-64", "raspberrypi3"], ("docker-compose.yml", Compose("ui:\n  image: causticlab/hass-configurator-docker:x86_64")));

        var error = Assert.Single(found);
        Assert.Contains("cannot run on 'raspberrypi4-64' (aarch64) or 'raspberrypi3' (armv7hf)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_platform_is_an_error_at_the_platform()
    {
        var found = Validate(["raspberrypi4-64"], ("docker-compose.yml", Compose("app:\n  build: .\n  platform: linux/amd64")), ("Dockerfile", "FROM debian\n"));

        var error = Assert.Single(found);
        Assert.Equal((4, 15), (error.Span.Line, error.Span.Column));
        Assert.Contains("service 'app' sets platform 'linux/amd64'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_image_of_a_service_that_builds_only_names_the_result()
    {
        var found = Validate(["raspberrypi4-64"], ("docker-compose.yml", Compose("app:\n  build: .\n  image: mine/app-amd64")), ("Dockerfile", "FROM debian\n"));

        Assert.Empty(found);
    }

    [Fact]
    public void A_board_specific_base_image_is_an_error_at_the_from_line()
    {
        var found = Validate(
            ["raspberrypi3", "intel-nuc"],
            ("docker-compose.yml", Compose("sensor:\n  build: ./sensor")),
            ("sensor/Dockerfile.template", "# base\nFROM balenalib/raspberrypi3-debian:bookworm\nCMD x\n"));

        var error = Assert.Single(found);
        Assert.Equal("sensor/Dockerfile.template", error.File);
        Assert.Equal((2, 6), (error.Span.Line, error.Span.Column));
        Assert.Contains("service 'sensor' builds from 'sensor/Dockerfile.template', whose base image is 'balenalib/raspberrypi3-debian:bookworm'", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot run on 'intel-nuc' (amd64)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM balenalib/%%BALENA_MACHINE_NAME%%-debian\n")]
    [InlineData("ARG BALENA_ARCH=amd64\nFROM balenalib/${BALENA_ARCH}-debian\n")]
    [InlineData("ARG BASE\nFROM ${BASE}\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM amd64/golang AS build\nFROM --platform=$TARGETPLATFORM debian\n")]
    [InlineData("FROM --platform=linux/amd64 golang AS build\nFROM node:20\nCOPY --from=build /app /app\n")]
    public void Base_images_that_adapt_to_the_board_pass(string dockerfile)
    {
        var found = Validate(["raspberrypi3", "intel-nuc"], ("Dockerfile.template", dockerfile));

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("ARG ARCH=amd64\nFROM ${ARCH}/node:20\n", 2)]
    [InlineData("FROM amd64/debian AS base\nFROM golang AS build\nFROM base\n", 1)]
    [InlineData("FROM --platform=linux/amd64 debian\n", 1)]
    public void Stage_names_platforms_and_argument_defaults_are_followed(string dockerfile, int line)
    {
        var found = Validate(["raspberrypi4-64"], ("Dockerfile", dockerfile));

        var error = Assert.Single(found);
        Assert.Equal("Dockerfile", error.File);
        Assert.Equal(line, error.Span.Line);
        Assert.Contains("service 'main'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'raspberrypi4-64' (aarch64)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_board_is_judged_on_the_dockerfile_balena_picks_for_it()
    {
        var found = Validate(
            ["raspberrypi3", "intel-nuc", "raspberrypi4-64", "raspberry-pi"],
            ("docker-compose.yml", Compose("app:\n  build: .")),
            ("Dockerfile.raspberrypi3", "FROM balenalib/raspberrypi3-debian\n"),
            ("Dockerfile.aarch64", "FROM arm64v8/debian\n"),
            ("Dockerfile.template", "FROM balenalib/amd64-debian\n"));

        var error = Assert.Single(found);
        Assert.Equal("Dockerfile.template", error.File);
        Assert.Contains("cannot run on 'raspberry-pi' (rpi);", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dockerfile_named_in_compose_is_used_for_every_board()
    {
        var found = Validate(
            ["raspberrypi3", "intel-nuc"],
            ("docker-compose.yml", Compose("app:\n  build:\n    context: ./app\n    dockerfile: ./Dockerfile.pi")),
            ("app/Dockerfile.intel-nuc", "FROM amd64/debian\n"),
            ("app/Dockerfile.pi", "FROM balenalib/raspberrypi3-debian\n"));

        var error = Assert.Single(found);
        Assert.Equal("app/Dockerfile.pi", error.File);
        Assert.Contains("'intel-nuc' (amd64)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Services_built_from_one_dockerfile_are_reported_together()
    {
        var found = Validate(
            ["intel-nuc"],
            ("docker-compose.yml", Compose("one:\n  build: .\ntwo:\n  build: .")),
            ("Dockerfile", "FROM arm32v7/debian\n"));

        var error = Assert.Single(found);
        Assert.Contains("services 'one' and 'two' build from 'Dockerfile'", error.Message, StringComparison.Ordinal);
    }
}
