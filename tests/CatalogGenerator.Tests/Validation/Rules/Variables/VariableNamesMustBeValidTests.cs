using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Variables;

public sealed class VariableNamesMustBeValidTests
{
    [Theory]
    [InlineData("API_KEY")]
    [InlineData("_PRIVATE")]
    [InlineData("departureStation")]
    [InlineData("GPIO_17")]
    [InlineData("USERNAME")]
    public void Valid_names_pass(string name)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment($"{name}: x"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.InvalidVariableName));
    }

    [Theory]
    [InlineData("API-KEY", "API_KEY")]
    [InlineData("api.key", "api_key")]
    [InlineData("'API KEY'", "API_KEY")]
    [InlineData("1WIRE_PIN", "_1WIRE_PIN")]
    [InlineData("TEMP°C", "TEMPC")]
    public void Invalid_names_are_errors_with_a_corrected_name(string written, string meant)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment($"{written}: x"));

        var invalid = Assert.Single(diagnostics.WithCode(DiagnosticCodes.InvalidVariableName));
        Assert.Equal(DiagnosticSeverity.Error, invalid.Severity);
        Assert.Equal((5, 7), (invalid.Span.Line, invalid.Span.Column));
        Assert.Contains($"'{written.Trim('\'')}'", invalid.Message, StringComparison.Ordinal);
        Assert.EndsWith($"did you mean '{meant}'?", invalid.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USER")]
    [InlineData("BALENA")]
    [InlineData("RESIN")]
    public void Names_balena_reserves_are_errors(string name)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment($"{name}: x"));

        var invalid = Assert.Single(diagnostics.WithCode(DiagnosticCodes.InvalidVariableName));
        Assert.Contains($"'{name}' is a name balena reserves", invalid.Message, StringComparison.Ordinal);
        Assert.Contains($"'APP_{name}'", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_variable_names_are_checked_too()
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithConfig("BALENA_HOST_CONFIG_gpu-mem: 128"));

        var invalid = Assert.Single(diagnostics.WithCode(DiagnosticCodes.InvalidVariableName));
        Assert.EndsWith("did you mean 'BALENA_HOST_CONFIG_gpu_mem'?", invalid.Message, StringComparison.Ordinal);
    }
}
