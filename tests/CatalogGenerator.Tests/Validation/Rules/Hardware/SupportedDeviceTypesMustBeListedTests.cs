using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Hardware;

public sealed class SupportedDeviceTypesMustBeListedTests
{
    [Fact]
    public void A_list_passes()
    {
        var diagnostics = TestProject.ValidateManifest(HardwareManifest.Yaml("raspberrypi4-64", "raspberrypi4-64"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.SupportedDeviceTypesMissing));
    }

    [Fact]
    public void An_empty_list_is_an_error_at_its_key()
    {
        var diagnostics = TestProject.ValidateManifest("name: x\ntype: sw.application\ndata:\n  defaultDeviceType: intel-nuc\n  supportedDeviceTypes: []\n");

        var error = Assert.Single(diagnostics.WithCode(DiagnosticCodes.SupportedDeviceTypesMissing));
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal((5, 3), (error.Span.Line, error.Span.Column));
        Assert.Contains("'supportedDeviceTypes' is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("supportedDeviceTypes: [intel-nuc]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_list_is_an_error_at_the_data_key()
    {
        var diagnostics = TestProject.ValidateManifest("name: x\ntype: sw.application\ndata:\n  defaultDeviceType: raspberrypi3\n");

        var error = Assert.Single(diagnostics.WithCode(DiagnosticCodes.SupportedDeviceTypesMissing));
        Assert.Equal((3, 1), (error.Span.Line, error.Span.Column));
        Assert.Contains("'supportedDeviceTypes' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_without_data_is_an_error_at_its_start()
    {
        var diagnostics = TestProject.ValidateManifest("name: x\ntype: sw.application\n");

        var error = Assert.Single(diagnostics.WithCode(DiagnosticCodes.SupportedDeviceTypesMissing));
        Assert.Equal((1, 1), (error.Span.Line, error.Span.Column));
        Assert.Contains("supportedDeviceTypes: [raspberrypi4-64]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_the_wrong_shape_is_left_to_the_reader()
    {
        var diagnostics = TestProject.ValidateManifest("name: x\ntype: sw.application\ndata:\n  supportedDeviceTypes:\n    raspberrypi3: true\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.SupportedDeviceTypesMissing));
        Assert.NotEmpty(diagnostics.WithCode(DiagnosticCodes.WrongValueType));
    }
}
