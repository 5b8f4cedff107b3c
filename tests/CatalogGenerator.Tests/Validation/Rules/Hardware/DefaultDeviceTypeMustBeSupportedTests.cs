using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Hardware;

public sealed class DefaultDeviceTypeMustBeSupportedTests
{
    [Theory]
    [InlineData("raspberrypi3", "raspberrypi3")]
    [InlineData("nuc", "intel-nuc")]
    [InlineData("intel-nuc", "nuc")]
    [InlineData("raspberrypi4-64", "raspberry4-64")]
    public void A_default_among_the_supported_boards_passes(string defaultType, string supported)
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml(defaultType, "raspberrypi5", supported));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.DefaultDeviceTypeNotSupported));
    }

    [Fact]
    public void A_default_outside_the_list_is_an_error_at_the_default()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberry-pi", "raspberrypi3-64", "raspberrypi4-64"));

        var error = Assert.Single(diagnostics.WithCode(DiagnosticCodes.DefaultDeviceTypeNotSupported));
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal((4, 22), (error.Span.Line, error.Span.Column));
        Assert.Contains("defaultDeviceType 'raspberry-pi' is not in supportedDeviceTypes", error.Message, StringComparison.Ordinal);
        Assert.Contains("'raspberrypi3-64' or 'raspberrypi4-64'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_default_or_an_empty_list_is_left_to_other_rules()
    {
        Assert.Empty(TestProject.ValidateManifest(HardwareManifest.Yaml("raspberry4-64", "raspberrypi3")).WithCode(DiagnosticCodes.DefaultDeviceTypeNotSupported));
        Assert.Empty(TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi3")).WithCode(DiagnosticCodes.DefaultDeviceTypeNotSupported));
    }
}
