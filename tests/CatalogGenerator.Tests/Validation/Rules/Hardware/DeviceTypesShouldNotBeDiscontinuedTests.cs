using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Hardware;

public sealed class DeviceTypesShouldNotBeDiscontinuedTests
{
    [Fact]
    public void Supported_boards_pass()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi4-64", "raspberrypi4-64", "raspberrypi3"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.DiscontinuedDeviceType));
    }

    [Fact]
    public void A_discontinued_board_is_a_warning_at_its_entry()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi4-64", "raspberrypi4-64", "fincm3"));

        var warning = Assert.Single(diagnostics.WithCode(DiagnosticCodes.DiscontinuedDeviceType));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal((7, 7), (warning.Span.Line, warning.Span.Column));
        Assert.Contains("'fincm3' (Balena Fin (CM3)) in supportedDeviceTypes is discontinued", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_discontinued_default_that_is_also_listed_is_reported_once()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("fincm3", "fincm3"));

        var warning = Assert.Single(diagnostics.WithCode(DiagnosticCodes.DiscontinuedDeviceType));
        Assert.Equal((6, 7), (warning.Span.Line, warning.Span.Column));
    }
}
