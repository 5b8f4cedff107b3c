using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Variables;

public sealed class VariablesMustHaveDefaultsTests
{
    [Theory]
    [InlineData("API_KEY: ''")]
    [InlineData("API_KEY: \"\"")]
    [InlineData("API_KEY: none")]
    [InlineData("API_KEY: 0")]
    [InlineData("API_KEY: false")]
    [InlineData("API_KEY: \"null\"")]
    public void A_variable_with_any_value_including_empty_passes(string entry)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment(entry));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.VariableWithoutDefault));
    }

    [Theory]
    [InlineData("API_KEY:")]
    [InlineData("API_KEY: ")]
    [InlineData("API_KEY: null")]
    [InlineData("API_KEY: ~")]
    public void A_variable_without_value_is_an_error_at_its_name(string entry)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment("TZ: Europe/London", entry));

        var missing = Assert.Single(diagnostics.WithCode(DiagnosticCodes.VariableWithoutDefault));
        Assert.Equal(DiagnosticSeverity.Error, missing.Severity);
        Assert.Equal((6, 7), (missing.Span.Line, missing.Span.Column));
        Assert.Contains("'API_KEY'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("before the first deploy", missing.Message, StringComparison.Ordinal);
        Assert.Contains("API_KEY: \"\"", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_null_is_explained()
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment("API_KEY: null"));

        var missing = Assert.Single(diagnostics.WithCode(DiagnosticCodes.VariableWithoutDefault));
        Assert.Contains("'null' means no value", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_variable_without_value_is_reported_too()
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithConfig("BALENA_HOST_CONFIG_gpu_mem:"));

        var missing = Assert.Single(diagnostics.WithCode(DiagnosticCodes.VariableWithoutDefault));
        Assert.Equal((5, 7), (missing.Span.Line, missing.Span.Column));
        Assert.StartsWith("config variable 'BALENA_HOST_CONFIG_gpu_mem'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plain_mapping_form_is_checked_as_well()
    {
        var diagnostics = TestProject.ValidateManifest("name: x\ntype: sw.application\ndata:\n  applicationEnvironmentVariables:\n    TZ: UTC\n    API_KEY:\n");

        var missing = Assert.Single(diagnostics.WithCode(DiagnosticCodes.VariableWithoutDefault));
        Assert.Equal((6, 5), (missing.Span.Line, missing.Span.Column));
    }
}
