using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Variables;

public sealed class ServiceVariablesFromFleetMustHaveDefaultsTests
{
    private const string Compose = "services:\n  goat:\n    image: alpine\n    environment:\n      - TZ=UTC\n      - GOAT_ID\n";

    [Fact]
    public void A_service_variable_from_the_fleet_without_default_is_an_error_in_the_compose_file()
    {
        var diagnostics = TestProject.ValidateDirectory(("balena.yml", Manifests.WithEnvironment("OTHER: 1")), ("docker-compose.yml", Compose));

        var missing = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ComposeVariableWithoutDefault));
        Assert.Equal(DiagnosticSeverity.Error, missing.Severity);
        Assert.Equal("docker-compose.yml", missing.File);
        Assert.Equal((6, 9), (missing.Span.Line, missing.Span.Column));
        Assert.Contains("service 'goat'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("'GOAT_ID'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mapping_form_with_no_value_takes_it_from_the_fleet_too()
    {
        var compose = "services:\n  goat:\n    image: alpine\n    environment:\n      TZ: UTC\n      GOAT_KEY:\n";

        var diagnostics = TestProject.ValidateDirectory(("balena.yml", Manifests.WithEnvironment("OTHER: 1")), ("docker-compose.yml", compose));

        var missing = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ComposeVariableWithoutDefault));
        Assert.Equal((6, 7), (missing.Span.Line, missing.Span.Column));
        Assert.Contains("'GOAT_KEY'", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_in_balena_yml_satisfies_it()
    {
        var diagnostics = TestProject.ValidateDirectory(("balena.yml", Manifests.WithEnvironment("GOAT_ID: ''")), ("docker-compose.yml", Compose));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ComposeVariableWithoutDefault));
    }

    [Fact]
    public void A_variable_listed_without_value_in_balena_yml_is_reported_once_there()
    {
        var diagnostics = TestProject.ValidateDirectory(("balena.yml", Manifests.WithEnvironment("GOAT_ID:")), ("docker-compose.yml", Compose));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ComposeVariableWithoutDefault));
        Assert.Single(diagnostics.WithCode(DiagnosticCodes.VariableWithoutDefault));
    }

    [Fact]
    public void Variables_the_supervisor_provides_and_values_set_in_the_compose_file_pass()
    {
        var compose = "services:\n  main:\n    image: alpine\n    environment:\n      - BALENA_DEVICE_UUID\n      - RESIN_APP_ID\n      - LEVEL=debug\n      - EMPTY=\n";

        var diagnostics = TestProject.ValidateDirectory(("balena.yml", Manifests.WithEnvironment("OTHER: 1")), ("docker-compose.yml", compose));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ComposeVariableWithoutDefault));
    }

    [Fact]
    public void A_project_without_compose_file_passes()
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment("OTHER: 1"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ComposeVariableWithoutDefault));
    }
}
