using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

public sealed class KeysMustBeKnownTests
{
    [Fact]
    public void Every_documented_and_undocumented_key_in_use_passes()
    {
        var diagnostics = TestProject.ValidateManifest("""
            name: Thing
            type: sw.application
            description: Does things
            version: 1.0.0
            post-provisioning: Read me
            joinable: false
            fleetcta: Try it
            assets:
              repository:
                type: blob.asset
                data:
                  url: https://github.com/a/b
              logo:
                type: blob.asset
                data:
                  url: https://raw.githubusercontent.com/a/b/main/logo.png
            data:
              applicationEnvironmentVariables:
                - TZ: UTC
              applicationConfigVariables:
                - BALENA_HOST_CONFIG_gpu_mem: "128"
              defaultDeviceType: raspberrypi4-64
              supportedDeviceTypes:
                - raspberrypi4-64
            """ + "\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.UnknownKey));
    }

    [Fact]
    public void A_misspelt_data_key_is_an_error_with_the_key_meant()
    {
        var diagnostics = TestProject.ValidateManifest("type: sw.application\ndata:\n  applicationEnvrionmentVariables:\n    - TZ: UTC\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.UnknownKey));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal((3, 3), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("'applicationEnvrionmentVariables' under 'data'", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'applicationEnvironmentVariables'?", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nmae: x", "name")]
    [InlineData("descripton: x", "description")]
    [InlineData("post_provisioning: x", "post-provisioning")]
    [InlineData("asset: {}", "assets")]
    public void A_misspelt_top_level_key_is_an_error_with_the_key_meant(string line, string meant)
    {
        var finding = Assert.Single(TestProject.ValidateManifest($"type: sw.application\n{line}\n").WithCode(DiagnosticCodes.UnknownKey));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal((2, 1), (finding.Span.Line, finding.Span.Column));
        Assert.EndsWith($"did you mean '{meant}'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_differing_only_in_case_is_an_error_naming_the_right_spelling()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\ndata:\n  DefaultDeviceType: raspberrypi3\n").WithCode(DiagnosticCodes.UnknownKey));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal((3, 3), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("'DefaultDeviceType'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("case-sensitive", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("write 'defaultDeviceType'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_nothing_resembles_is_a_warning_listing_the_known_keys()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\nlicense: MIT\n").WithCode(DiagnosticCodes.UnknownKey));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((2, 1), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("'license'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'post-provisioning'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build-variables", ".balena/balena.yml")]
    [InlineData("logo", "under 'assets:'")]
    public void A_key_from_elsewhere_is_an_error_saying_where_it_belongs(string key, string place)
    {
        var finding = Assert.Single(TestProject.ValidateManifest($"type: sw.application\n{key}:\n  x: y\n").WithCode(DiagnosticCodes.UnknownKey));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal((2, 1), (finding.Span.Line, finding.Span.Column));
        Assert.Contains($"'{key}'", finding.Message, StringComparison.Ordinal);
        Assert.Contains(place, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DefaultDeviceType: raspberrypi3", "'DefaultDeviceType' at the top level belongs under 'data:' (spelt 'defaultDeviceType')")]
    [InlineData("supportedDeviceType: [raspberrypi3]", "did you mean 'supportedDeviceTypes', which belongs under 'data:'?")]
    public void A_data_key_near_the_top_level_is_told_to_move_under_data(string line, string message)
    {
        var finding = Assert.Single(TestProject.ValidateManifest($"type: sw.application\n{line}\n").WithCode(DiagnosticCodes.UnknownKey));

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal((2, 1), (finding.Span.Line, finding.Span.Column));
        Assert.EndsWith(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_level_key_under_data_is_told_to_move_up()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\ndata:\n  description: x\n").WithCode(DiagnosticCodes.UnknownKey));

        Assert.Equal((3, 3), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("belongs at the top level", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Logo", "logo")]
    [InlineData("logos", "logo")]
    [InlineData("icon", "logo")]
    [InlineData("repo", "repository")]
    [InlineData("repositry", "repository")]
    public void A_near_miss_asset_slug_is_an_error_with_the_slug_meant(string slug, string meant)
    {
        var diagnostics = TestProject.ValidateManifest($"type: sw.application\nassets:\n  {slug}:\n    type: blob.asset\n    data:\n      url: https://x/y.png\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.UnknownKey));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal((3, 3), (finding.Span.Line, finding.Span.Column));
        Assert.Contains($"asset '{slug}'", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith($"did you mean '{meant}'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_asset_slug_is_a_warning_that_balena_ignores_it()
    {
        var diagnostics = TestProject.ValidateManifest("type: sw.application\nassets:\n  screenshot:\n    type: blob.asset\n    data:\n      url: https://x/y.png\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.UnknownKey));
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((3, 3), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("'screenshot'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_inside_an_asset_and_its_data_are_checked()
    {
        var diagnostics = TestProject.ValidateManifest("type: sw.application\nassets:\n  logo:\n    tpye: blob.asset\n    data:\n      url: https://x/y.png\n      urll: https://x/z.png\n");

        var findings = diagnostics.WithCode(DiagnosticCodes.UnknownKey);
        Assert.Equal(2, findings.Count);
        Assert.Equal((4, 5), (findings[0].Span.Line, findings[0].Span.Column));
        Assert.Contains("'tpye' in asset 'logo'", findings[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'type'?", findings[0].Message, StringComparison.Ordinal);
        Assert.Equal((7, 7), (findings[1].Span.Line, findings[1].Span.Column));
        Assert.EndsWith("did you mean 'url'?", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Legacy_keys_are_left_to_the_layout_rules()
    {
        Assert.Empty(TestProject.ValidateManifest("repoUrl: https://github.com/a/b\ntarballUrl: x\napplicationEnvironmentVariables: []\n").WithCode(DiagnosticCodes.UnknownKey));
        Assert.Empty(TestProject.ValidateManifest("slug: x\ntype: sw.application\ndata:\n  description: y\n").WithCode(DiagnosticCodes.UnknownKey));
    }

    [Fact]
    public void Variable_names_are_not_keys_balena_defines()
    {
        var diagnostics = TestProject.ValidateManifest("type: sw.application\ndata:\n  applicationEnvironmentVariables:\n    NAEM: x\n    type: y\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.UnknownKey));
    }

    [SharedDataFact]
    public void The_corpus_project_with_a_misspelt_variables_key_is_caught()
    {
        var yaml = File.ReadAllText(Path.Combine(TestPaths.Corpus, "NebraLtd__light-hotspot-software", "balena.yml"));

        var finding = Assert.Single(TestProject.ValidateManifest(yaml).WithCode(DiagnosticCodes.UnknownKey));
        Assert.Equal((29, 3), (finding.Span.Line, finding.Span.Column));
        Assert.EndsWith("did you mean 'applicationEnvironmentVariables'?", finding.Message, StringComparison.Ordinal);
    }
}
