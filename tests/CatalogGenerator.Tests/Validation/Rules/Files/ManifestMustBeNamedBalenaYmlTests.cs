using System.Text;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Tests.Testing;
using FleetCatalog.Validation;

namespace FleetCatalog.Tests.Validation.Rules.Files;

public sealed class ManifestMustBeNamedBalenaYmlTests
{
    private const string Manifest = "name: x\ntype: sw.application\n";

    [Fact]
    public void A_root_balena_yml_passes()
    {
        var diagnostics = TestProject.ValidateDirectory(("balena.yml", Manifest));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ManifestNamedYaml));
    }

    [Fact]
    public void A_root_balena_yaml_is_an_error_that_says_to_rename_it()
    {
        var diagnostics = TestProject.ValidateDirectory(("balena.yaml", Manifest));

        var named = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ManifestNamedYaml));
        Assert.Equal(DiagnosticSeverity.Error, named.Severity);
        Assert.Equal("balena.yaml", named.File);
        Assert.True(named.Span.IsNone);
        Assert.Contains("'balena.yaml'", named.Message, StringComparison.Ordinal);
        Assert.Contains("rename it to 'balena.yml'", named.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_balena_yaml_beside_a_balena_yml_is_ignored_like_balena_does()
    {
        var diagnostics = TestProject.ValidateDirectory(("balena.yml", Manifest), ("balena.yaml", Manifest));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ManifestNamedYaml));
    }

    [Theory]
    [InlineData("balena.yaml")]
    [InlineData("Balena.YAML")]
    public void A_single_file_named_balena_yaml_is_an_error(string name)
    {
        using var dir = new TempDirectory();
        var path = dir.Write(name, Manifest);

        var diagnostics = new ManifestValidator(DeviceRegistry.Default).Validate(ProjectLoader.Load(path)).Diagnostics;

        var named = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ManifestNamedYaml));
        Assert.Equal(name, named.File);
        Assert.Contains($"'{name}'", named.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("balena.yml")]
    [InlineData("balena.yml.example")]
    [InlineData("my-balena.yaml.template")]
    public void Other_single_file_names_pass(string name)
    {
        var input = ProjectLoader.FromText(name, Encoding.UTF8.GetBytes(Manifest));

        var diagnostics = new ManifestValidator(DeviceRegistry.Default).Validate(input).Diagnostics;

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ManifestNamedYaml));
    }

    [Fact]
    public void A_balena_yaml_in_the_balena_folder_is_reported_once_as_misplaced()
    {
        var diagnostics = TestProject.ValidateDirectory((".balena/balena.yaml", Manifest));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ManifestNamedYaml));
        Assert.Single(diagnostics.WithCode(DiagnosticCodes.ManifestInBalenaFolder));
    }
}
