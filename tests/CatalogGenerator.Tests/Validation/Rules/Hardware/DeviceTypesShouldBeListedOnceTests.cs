using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Hardware;

public sealed class DeviceTypesShouldBeListedOnceTests
{
    [Fact]
    public void Distinct_boards_pass()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi3", "raspberrypi3", "raspberrypi3-64"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.DuplicateDeviceType));
    }

    [Fact]
    public void A_board_listed_twice_is_a_warning_at_the_second_entry()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi3", "raspberrypi3", "intel-nuc", "raspberrypi3"));

        var warning = Assert.Single(diagnostics.WithCode(DiagnosticCodes.DuplicateDeviceType));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal((8, 7), (warning.Span.Line, warning.Span.Column));
        Assert.Contains("'raspberrypi3' is listed twice in supportedDeviceTypes (first on line 6)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_board_listed_again_under_an_alias_is_a_duplicate()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml(null, "intel-nuc", "raspberrypi4-64", "nuc"));

        var warning = Assert.Single(diagnostics.WithCode(DiagnosticCodes.DuplicateDeviceType));
        Assert.Equal((7, 7), (warning.Span.Line, warning.Span.Column));
        Assert.Contains("'nuc' names the same board as 'intel-nuc'", warning.Message, StringComparison.Ordinal);
    }
}
