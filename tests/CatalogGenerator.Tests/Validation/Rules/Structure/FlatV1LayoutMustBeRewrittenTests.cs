using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

public sealed class FlatV1LayoutMustBeRewrittenTests
{
    private const string Flat = """
        repoUrl: https://github.com/someone/balena-thing
        tarballUrl: https://github.com/someone/balena-thing/archive/master.tar.gz
        applicationEnvironmentVariables:
          - TZ: 'America/Toronto'
          - PORT: 8080
          - DEBUG: True
          - TOKEN:
        applicationConfigVariables:
          RESIN_HOST_CONFIG_gpu_mem: 128
        defaultDeviceType: raspberrypi3
        supportedDeviceTypes:
          - raspberrypi3
          - raspberrypi4-64
        """;

    [Fact]
    public void The_current_layout_passes()
    {
        var diagnostics = TestProject.ValidateManifest("type: sw.application\ndata:\n  applicationEnvironmentVariables:\n    - TZ: UTC\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.LegacyFlatLayout));
    }

    [Fact]
    public void A_flat_file_is_one_error_at_its_first_legacy_key()
    {
        var diagnostics = TestProject.ValidateManifest(Flat + "\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.LegacyFlatLayout));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal((1, 1), (finding.Span.Line, finding.Span.Column));
        var summary = finding.Message.Split('\n')[0];
        Assert.Contains("'repoUrl', 'tarballUrl', 'applicationEnvironmentVariables'", summary, StringComparison.Ordinal);
        Assert.Contains("no 'type'", summary, StringComparison.Ordinal);
        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.TypeMissing));
        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.UnknownKey));
    }

    [Fact]
    public void The_message_holds_this_file_in_the_current_layout()
    {
        var finding = Assert.Single(TestProject.ValidateManifest(Flat + "\n").WithCode(DiagnosticCodes.LegacyFlatLayout));

        var manifest = LegacyLayoutSnippet.Read(LegacyLayoutSnippet.Of(finding));
        Assert.Equal("balena-thing", manifest.Name?.Text);
        Assert.Equal("sw.application", manifest.Type?.Text);
        Assert.Equal("https://github.com/someone/balena-thing", manifest.Repository?.Url?.Text);
        Assert.Equal("blob.asset", manifest.Repository?.Type?.Text);
        Assert.Equal(
            ["TZ=America/Toronto", "PORT=8080", "DEBUG=true", "TOKEN=", "RESIN_HOST_CONFIG_gpu_mem=128"],
            manifest.Variables.Select(v => $"{v.Name}={v.Value?.Text}"));
        Assert.True(manifest.Variables.Single(v => v.Name == "TOKEN").HasNoDefault);
        Assert.Equal("raspberrypi3", manifest.DefaultDeviceType?.Text);
        Assert.Equal(["raspberrypi3", "raspberrypi4-64"], manifest.SupportedDeviceTypes.Select(d => d.Text));
    }

    [Fact]
    public void The_rewrite_passes_the_structure_rules_itself()
    {
        var finding = Assert.Single(TestProject.ValidateManifest(Flat + "\n").WithCode(DiagnosticCodes.LegacyFlatLayout));

        var again = TestProject.ValidateManifest(LegacyLayoutSnippet.Of(finding));
        Assert.DoesNotContain(again, d => d.Code is "CAT200" or "CAT203" or "CAT204" or "CAT205" or "CAT209" or "CAT210" or "CAT211");
    }

    [Fact]
    public void Without_repoUrl_the_rewrite_takes_the_repository_it_is_told()
    {
        var finding = Assert.Single(
            TestProject.ValidateManifest("applicationEnvironmentVariables:\n  - TZ: UTC\n", repository: "git@github.com:klutchell/balena-traefik.git")
                .WithCode(DiagnosticCodes.LegacyFlatLayout));

        var manifest = LegacyLayoutSnippet.Read(LegacyLayoutSnippet.Of(finding));
        Assert.Equal("https://github.com/klutchell/balena-traefik", manifest.Repository?.Url?.Text);
        Assert.Equal("balena-traefik", manifest.Name?.Text);
    }

    [Fact]
    public void A_mistyped_repoUrl_is_mended_in_the_rewrite()
    {
        var finding = Assert.Single(
            TestProject.ValidateManifest("repoUrl: https://github.com:ValiMail/secure-messager\n").WithCode(DiagnosticCodes.LegacyFlatLayout));

        Assert.Contains("url: https://github.com/ValiMail/secure-messager", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flat_keys_left_in_a_current_file_are_each_told_to_move()
    {
        var diagnostics = TestProject.ValidateManifest("""
            type: sw.application
            data:
              defaultDeviceType: raspberrypi3
            applicationEnvironmentVariables:
              - TZ: UTC
            tarballUrl: https://example.com/x.tar.gz
            """ + "\n");

        var findings = diagnostics.WithCode(DiagnosticCodes.LegacyFlatLayout);
        Assert.Equal(2, findings.Count);
        Assert.Equal((4, 1), (findings[0].Span.Line, findings[0].Span.Column));
        Assert.Contains("'applicationEnvironmentVariables' sits at the top level", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("move it there", findings[0].Message, StringComparison.Ordinal);
        Assert.Equal((6, 1), (findings[1].Span.Line, findings[1].Span.Column));
        Assert.Contains("'tarballUrl'", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("remove it", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leftover_repoUrl_is_shown_as_the_repository_asset()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\nrepoUrl: https://github.com/a/b\n").WithCode(DiagnosticCodes.LegacyFlatLayout));

        Assert.Equal((2, 1), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("repository:\n    type: blob.asset\n    data:\n      url: https://github.com/a/b", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leftover_repoUrl_beside_a_repository_asset_is_told_to_go()
    {
        var finding = Assert.Single(TestProject.ValidateManifest(
            "type: sw.application\nrepoUrl: https://github.com/a/b\nassets:\n  repository:\n    type: blob.asset\n    data:\n      url: https://github.com/a/b\n")
            .WithCode(DiagnosticCodes.LegacyFlatLayout));

        Assert.Equal((2, 1), (finding.Span.Line, finding.Span.Column));
        Assert.EndsWith("'assets.repository' already names the repository: remove it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partly_flat_file_without_type_still_hears_that_type_is_missing()
    {
        var diagnostics = TestProject.ValidateManifest("data:\n  defaultDeviceType: raspberrypi3\ndefaultDeviceType: raspberrypi3\n");

        Assert.Single(diagnostics.WithCode(DiagnosticCodes.TypeMissing));
        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.LegacyFlatLayout));
        Assert.Contains("merging it with the 'defaultDeviceType' already there", finding.Message, StringComparison.Ordinal);
    }

    [SharedDataTheory]
    [InlineData("klutchell__balena-traefik", 1)]
    [InlineData("ValiMail__secure-messager", 1)]
    public void Flat_corpus_projects_get_their_rewrite(string project, int line)
    {
        var diagnostics = TestProject.ValidateDirectory(
            ("balena.yml", File.ReadAllText(Path.Combine(TestPaths.Corpus, project, "balena.yml"))));

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.LegacyFlatLayout));
        Assert.Equal(line, finding.Span.Line);
        var manifest = LegacyLayoutSnippet.Read(LegacyLayoutSnippet.Of(finding));
        Assert.NotEmpty(manifest.Variables);
    }
}
