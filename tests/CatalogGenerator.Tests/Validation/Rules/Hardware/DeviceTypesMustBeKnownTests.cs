using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Hardware;

public sealed class DeviceTypesMustBeKnownTests
{
    [Fact]
    public void Known_slugs_and_aliases_pass()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi4-64", "raspberrypi4-64", "nuc", "raspberry-pi"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.UnknownDeviceType));
    }

    [Theory]
    [InlineData("raspberry4-64", "did you mean 'raspberrypi4-64'?")]
    [InlineData("Raspberry Pi 5", "display name; balena needs its device type slug")]
    [InlineData("Raspberry Pi 5", "did you mean 'raspberrypi5'?")]
    [InlineData("orangepi-one", "did you mean 'orange-pi-one'?")]
    [InlineData("raspberrypi4", "only a 64-bit device type for this board; did you mean 'raspberrypi4-64'?")]
    [InlineData("raspberry-pi-64", "did you mean 'raspberrypi3-64' or 'raspberrypi4-64'?")]
    [InlineData("my-toaster-xyz", "run 'catalog devices' to list")]
    public void Unknown_supported_boards_are_errors_with_a_suggestion(string board, string expected)
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi4-64", "raspberrypi4-64", board));

        var unknown = Assert.Single(diagnostics.WithCode(DiagnosticCodes.UnknownDeviceType));
        Assert.Equal(DiagnosticSeverity.Error, unknown.Severity);
        Assert.Equal((7, 7), (unknown.Span.Line, unknown.Span.Column));
        Assert.Contains($"'{board}' in supportedDeviceTypes", unknown.Message, StringComparison.Ordinal);
        Assert.Contains(expected, unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_default_is_an_error_at_its_value()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberry4-64", "raspberrypi4-64"));

        var unknown = Assert.Single(diagnostics.WithCode(DiagnosticCodes.UnknownDeviceType));
        Assert.Equal((4, 22), (unknown.Span.Line, unknown.Span.Column));
        Assert.Contains("'raspberry4-64' in defaultDeviceType", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'raspberrypi4-64'?", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aarch64", "'generic-aarch64', 'raspberrypi4-64' or 'raspberrypi5'")]
    [InlineData("amd64", "'generic-amd64', 'intel-nuc' or 'genericx86-64-ext'")]
    [InlineData("armv7hf", "'raspberrypi3'")]
    public void An_architecture_name_is_explained_with_boards_of_that_architecture(string architecture, string boards)
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml(null, "generic-aarch64", architecture));

        var unknown = Assert.Single(diagnostics.WithCode(DiagnosticCodes.UnknownDeviceType));
        Assert.Equal((6, 7), (unknown.Span.Line, unknown.Span.Column));
        Assert.Contains($"'{architecture}' in supportedDeviceTypes is a CPU architecture, not a board", unknown.Message, StringComparison.Ordinal);
        Assert.Contains(boards, unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_entry_is_an_error()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi4-64", "raspberrypi4-64", "\"\""));

        var unknown = Assert.Single(diagnostics.WithCode(DiagnosticCodes.UnknownDeviceType));
        Assert.Equal((7, 7), (unknown.Span.Line, unknown.Span.Column));
        Assert.Contains("empty", unknown.Message, StringComparison.Ordinal);
    }
}
