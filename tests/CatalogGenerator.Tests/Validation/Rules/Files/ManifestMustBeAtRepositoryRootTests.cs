using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Files;

public sealed class ManifestMustBeAtRepositoryRootTests
{
    private const string Manifest = "name: x\ntype: sw.application\n";

    [Fact]
    public void A_manifest_at_the_root_passes_even_beside_build_secrets()
    {
        var diagnostics = TestProject.ValidateDirectory(
            ("balena.yml", Manifest),
            (".balena/balena.yml", "build-secrets:\n  global:\n    - source: token\n      dest: token\n"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ManifestInBalenaFolder));
    }

    [Theory]
    [InlineData(".balena/balena.yml")]
    [InlineData(".balena/balena.yaml")]
    public void A_manifest_in_the_balena_folder_is_an_error_that_says_where_it_goes(string path)
    {
        var diagnostics = TestProject.ValidateDirectory((path, Manifest));

        var misplaced = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ManifestInBalenaFolder));
        Assert.Equal(DiagnosticSeverity.Error, misplaced.Severity);
        Assert.Equal(path, misplaced.File);
        Assert.True(misplaced.Span.IsNone);
        Assert.Contains($"'{path}'", misplaced.Message, StringComparison.Ordinal);
        Assert.Contains("build secrets", misplaced.Message, StringComparison.Ordinal);
        Assert.Contains("move it to 'balena.yml' at the root", misplaced.Message, StringComparison.Ordinal);
        Assert.Contains("configUrl", misplaced.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deploy_button_with_configUrl_is_acknowledged_but_the_file_still_belongs_at_the_root()
    {
        var diagnostics = TestProject.ValidateDirectory(
            (".balena/balena.yml", Manifest),
            ("README.md", "[![](https://balena.io/deploy.png)](https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/o/r&configUrl=https://raw.githubusercontent.com/o/r/main/.balena/balena.yml)\n"));

        var misplaced = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ManifestInBalenaFolder));
        Assert.Contains("passes configUrl, so the button finds it", misplaced.Message, StringComparison.Ordinal);
        Assert.Contains("move it to 'balena.yml' at the root", misplaced.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_flat_manifest_mixed_with_build_variables_in_the_balena_folder_is_found_and_reported()
    {
        var diagnostics = TestProject.ValidateDirectory(
            (".balena/balena.yml", "repoUrl: https://github.com/o/r\napplicationEnvironmentVariables:\n  - MQTT_PORT: \"1883\"\nbuild-variables:\n  global:\n    - IMAGE_ARCH=raspberrypi3\n"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ManifestNotFound));
        Assert.Equal(".balena/balena.yml", Assert.Single(diagnostics.WithCode(DiagnosticCodes.ManifestInBalenaFolder)).File);
    }
}
