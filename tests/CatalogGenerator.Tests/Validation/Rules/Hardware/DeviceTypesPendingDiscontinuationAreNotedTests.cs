using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Hardware;

public sealed class DeviceTypesPendingDiscontinuationAreNotedTests
{
    [Fact]
    public void Supported_and_discontinued_boards_are_not_noted()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi4-64", "raspberrypi4-64", "fincm3"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.DeviceTypePendingDiscontinuation));
    }

    [Fact]
    public void A_board_pending_discontinuation_is_noted_with_its_date()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi4-64", "raspberrypi4-64", "raspberrypi400-64"));

        var info = Assert.Single(diagnostics.WithCode(DiagnosticCodes.DeviceTypePendingDiscontinuation));
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal((7, 7), (info.Span.Line, info.Span.Column));
        Assert.Contains("'raspberrypi400-64' (Raspberry Pi 400)", info.Message, StringComparison.Ordinal);
        Assert.Contains("on 2026-03-01", info.Message, StringComparison.Ordinal);
    }
}
