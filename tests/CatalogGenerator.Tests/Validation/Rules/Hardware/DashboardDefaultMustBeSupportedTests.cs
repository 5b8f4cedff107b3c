using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Hardware;

public sealed class DashboardDefaultMustBeSupportedTests
{
    [Fact]
    public void No_default_is_fine_when_the_raspberry_pi_4_is_supported()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml(null, "raspberrypi3", "raspberrypi4-64"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.DefaultDeviceTypeImplicit));
    }

    [Fact]
    public void A_default_is_fine_whatever_the_list()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("intel-nuc", "intel-nuc"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.DefaultDeviceTypeImplicit));
    }

    [Fact]
    public void No_default_without_the_raspberry_pi_4_is_an_error_suggesting_the_first_board()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml(null, "intel-nuc", "generic-amd64"));

        var error = Assert.Single(diagnostics.WithCode(DiagnosticCodes.DefaultDeviceTypeImplicit));
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal((4, 3), (error.Span.Line, error.Span.Column));
        Assert.Contains("'raspberrypi4-64'", error.Message, StringComparison.Ordinal);
        Assert.Contains("add 'defaultDeviceType: intel-nuc'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_default_counts_as_none()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("", "jetson-nano"));

        var error = Assert.Single(diagnostics.WithCode(DiagnosticCodes.DefaultDeviceTypeImplicit));
        Assert.Equal((5, 3), (error.Span.Line, error.Span.Column));
        Assert.Contains("'defaultDeviceType: jetson-nano'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_list_is_left_to_the_missing_list_rule()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml(null));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.DefaultDeviceTypeImplicit));
    }
}
