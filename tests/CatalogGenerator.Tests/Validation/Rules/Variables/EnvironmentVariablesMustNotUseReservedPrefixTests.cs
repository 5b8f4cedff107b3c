using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Variables;

public sealed class EnvironmentVariablesMustNotUseReservedPrefixTests
{
    [Theory]
    [InlineData("MY_BALENA_TOKEN: ''")]
    [InlineData("balena_mode: x")]
    [InlineData("BALENAOS_VERSION: x")]
    public void Other_names_pass(string entry)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment(entry));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ReservedEnvironmentVariablePrefix));
    }

    [Theory]
    [InlineData("BALENA_HOST_CONFIG_gpu_mem")]
    [InlineData("RESIN_HOST_CONFIG_dtoverlay")]
    [InlineData("BALENA_SUPERVISOR_POLL_INTERVAL")]
    public void A_config_variable_among_environment_variables_is_told_to_move(string name)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment("TZ: UTC", $"{name}: 1"));

        var reserved = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ReservedEnvironmentVariablePrefix));
        Assert.Equal(DiagnosticSeverity.Error, reserved.Severity);
        Assert.Equal((6, 7), (reserved.Span.Line, reserved.Span.Column));
        Assert.Contains($"'{name}'", reserved.Message, StringComparison.Ordinal);
        Assert.Contains("move it to applicationConfigVariables", reserved.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_balena_sets_itself_is_told_to_go()
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment("BALENA_DEVICE_UUID: abc"));

        var reserved = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ReservedEnvironmentVariablePrefix));
        Assert.Contains("balena sets this one itself", reserved.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_reserved_name_gets_a_rename()
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment("BALENA_MODE: kiosk"));

        var reserved = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ReservedEnvironmentVariablePrefix));
        Assert.Contains("'BALENA_'", reserved.Message, StringComparison.Ordinal);
        Assert.EndsWith("rename it; did you mean 'MODE'?", reserved.Message, StringComparison.Ordinal);
    }
}
