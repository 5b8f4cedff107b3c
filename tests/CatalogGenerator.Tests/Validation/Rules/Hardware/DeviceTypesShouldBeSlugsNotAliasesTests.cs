using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Hardware;

public sealed class DeviceTypesShouldBeSlugsNotAliasesTests
{
    [Fact]
    public void Slugs_pass()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("intel-nuc", "intel-nuc", "raspberry-pi", "beaglebone-black"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.DeviceTypeAlias));
    }

    [Theory]
    [InlineData("nuc", "intel-nuc")]
    [InlineData("raspberrypi", "raspberry-pi")]
    [InlineData("beaglebone", "beaglebone-black")]
    public void Aliases_are_warnings_that_give_the_slug(string alias, string slug)
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi4-64", "raspberrypi4-64", alias));

        var warning = Assert.Single(diagnostics.WithCode(DiagnosticCodes.DeviceTypeAlias));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal((7, 7), (warning.Span.Line, warning.Span.Column));
        Assert.Contains($"'{alias}' in supportedDeviceTypes", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"write the slug '{slug}'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_as_default_is_a_warning_at_the_default()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("nuc", "intel-nuc"));

        var warning = Assert.Single(diagnostics.WithCode(DiagnosticCodes.DeviceTypeAlias));
        Assert.Equal((4, 22), (warning.Span.Line, warning.Span.Column));
        Assert.Contains("'nuc' in defaultDeviceType", warning.Message, StringComparison.Ordinal);
    }
}
