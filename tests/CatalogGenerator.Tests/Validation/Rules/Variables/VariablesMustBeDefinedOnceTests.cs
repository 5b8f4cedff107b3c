using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Variables;

public sealed class VariablesMustBeDefinedOnceTests
{
    [Fact]
    public void Distinct_names_pass_even_when_they_differ_only_in_case()
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment("TZ: UTC", "tz: UTC", "MODE: a"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.DuplicateVariable));
    }

    [Fact]
    public void The_same_name_in_both_lists_is_not_a_duplicate()
    {
        var yaml = Manifests.WithEnvironment("BALENA_HOST_CONFIG_gpu_mem: 1") + "  applicationConfigVariables:\n    - BALENA_HOST_CONFIG_gpu_mem: 1\n";

        var diagnostics = TestProject.ValidateManifest(yaml);

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.DuplicateVariable));
    }

    [Fact]
    public void A_name_listed_twice_is_a_warning_at_the_second_that_names_both_lines()
    {
        var diagnostics = TestProject.ValidateManifest(Manifests.WithEnvironment("TZ: UTC", "MODE: a", "TZ: Europe/Paris"));

        var duplicate = Assert.Single(diagnostics.WithCode(DiagnosticCodes.DuplicateVariable));
        Assert.Equal(DiagnosticSeverity.Warning, duplicate.Severity);
        Assert.Equal((7, 7), (duplicate.Span.Line, duplicate.Span.Column));
        Assert.Contains("'TZ'", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains("line 5 and again on line 7", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_in_the_mapping_form_is_left_to_the_yaml_reader()
    {
        var diagnostics = TestProject.ValidateManifest("name: x\ntype: sw.application\ndata:\n  applicationConfigVariables:\n    BALENA_HOST_CONFIG_gpu_mem: 1\n    BALENA_HOST_CONFIG_gpu_mem: 2\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.DuplicateVariable));
        Assert.Single(diagnostics.WithCode(DiagnosticCodes.DuplicateKey));
    }
}
