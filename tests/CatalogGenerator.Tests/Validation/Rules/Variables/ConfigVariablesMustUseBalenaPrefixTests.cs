using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Variables;

public sealed class ConfigVariablesMustUseBalenaPrefixTests
{
    [Theory]
    [InlineData("BALENA_HOST_CONFIG_gpu_mem: 128")]
    [InlineData("RESIN_HOST_CONFIG_gpu_mem: 128")]
    [InlineData("BALENA_SUPERVISOR_PERSISTENT_LOGGING: 'true'")]
    public void Prefixed_config_variables_pass(string entry)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithConfig(entry));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ConfigVariablePrefix));
    }

    [Theory]
    [InlineData("HOST_CONFIG_gpu_mem", "BALENA_HOST_CONFIG_gpu_mem")]
    [InlineData("balena_host_config_gpu_mem", "BALENA_HOST_CONFIG_gpu_mem")]
    [InlineData("BALNEA_HOST_CONFIG_dtoverlay", "BALENA_HOST_CONFIG_dtoverlay")]
    [InlineData("RESN_HOST_CONFIG_gpu_mem", "RESIN_HOST_CONFIG_gpu_mem")]
    [InlineData("SUPERVISOR_POLL_INTERVAL", "BALENA_SUPERVISOR_POLL_INTERVAL")]
    [InlineData("HOST_FIREWALL_MODE", "BALENA_HOST_FIREWALL_MODE")]
    public void A_known_config_variable_without_prefix_is_an_error_that_suggests_it(string name, string meant)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithConfig($"{name}: 1"));

        var prefix = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ConfigVariablePrefix));
        Assert.Equal(DiagnosticSeverity.Error, prefix.Severity);
        Assert.Equal((5, 7), (prefix.Span.Line, prefix.Span.Column));
        Assert.Contains($"'{name}'", prefix.Message, StringComparison.Ordinal);
        Assert.EndsWith($"did you mean '{meant}'?", prefix.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TZ")]
    [InlineData("HOST_IP")]
    public void A_service_setting_among_config_variables_is_told_to_move(string name)
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithConfig($"{name}: x"));

        var prefix = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ConfigVariablePrefix));
        Assert.Contains($"'{name}'", prefix.Message, StringComparison.Ordinal);
        Assert.Contains("move it to applicationEnvironmentVariables", prefix.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", prefix.Message, StringComparison.Ordinal);
    }
}
