using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

public sealed class AssetsListV2LayoutMustBeRewrittenTests
{
    private const string V2 = """
        version: "2"
        slug: "screenly-ose"
        name: "Screenly OSE"
        type: "sw.application"
        assets:
          - url: "https://github.com/Screenly/screenly-ose/"
            name: "repository"
          - url: "https://raw.githubusercontent.com/Screenly/screenly-ose/master/static/img/ose-logo.png"
            name: "logo"
        data:
          description: "Screenly OSE - Digital Signage for the Raspberry Pi"
          applicationConfigVariables:
            - RESIN_HOST_CONFIG_gpu_mem: 128
            - RESIN_HOST_CONFIG_dtparam: "\"i2c_arm=on\",\"spi=on\""
          defaultDeviceType: "raspberrypi3"
          supportedDeviceTypes:
            - "raspberrypi3"
            - "raspberrypi3-64"
        """;

    [Fact]
    public void The_current_layout_passes()
    {
        var diagnostics = TestProject.ValidateManifest("type: sw.application\nassets:\n  logo:\n    type: blob.asset\n    data:\n      url: https://x/y.png\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.LegacyAssetsList));
    }

    [Fact]
    public void The_2020_layout_is_one_error_at_its_slug_naming_what_gives_it_away()
    {
        var diagnostics = TestProject.ValidateManifest(V2 + "\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.LegacyAssetsList));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal((2, 1), (finding.Span.Line, finding.Span.Column));
        var summary = finding.Message.Split('\n')[0];
        Assert.Contains("'version: \"2\"'", summary, StringComparison.Ordinal);
        Assert.Contains("'slug'", summary, StringComparison.Ordinal);
        Assert.Contains("'assets' as a list", summary, StringComparison.Ordinal);
        Assert.Contains("'description' under 'data'", summary, StringComparison.Ordinal);
        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.UnknownKey));
        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.InvalidAsset));
    }

    [Fact]
    public void The_message_holds_this_file_in_the_current_layout()
    {
        var finding = Assert.Single(TestProject.ValidateManifest(V2 + "\n").WithCode(DiagnosticCodes.LegacyAssetsList));

        var manifest = LegacyLayoutSnippet.Read(LegacyLayoutSnippet.Of(finding));
        Assert.Equal("Screenly OSE", manifest.Name?.Text);
        Assert.Equal("sw.application", manifest.Type?.Text);
        Assert.Equal("Screenly OSE - Digital Signage for the Raspberry Pi", manifest.Description?.Text);
        Assert.Null(manifest.Version);
        Assert.Equal("https://github.com/Screenly/screenly-ose/", manifest.Repository?.Url?.Text);
        Assert.Equal("https://raw.githubusercontent.com/Screenly/screenly-ose/master/static/img/ose-logo.png", manifest.Logo?.Url?.Text);
        Assert.Equal(
            ["RESIN_HOST_CONFIG_gpu_mem=128", "RESIN_HOST_CONFIG_dtparam=\"i2c_arm=on\",\"spi=on\""],
            manifest.Variables.Select(v => $"{v.Name}={v.Value?.Text}"));
        Assert.Equal("raspberrypi3", manifest.DefaultDeviceType?.Text);
        Assert.Equal(["raspberrypi3", "raspberrypi3-64"], manifest.SupportedDeviceTypes.Select(d => d.Text));
    }

    [Fact]
    public void The_rewrite_passes_the_structure_rules_itself()
    {
        var finding = Assert.Single(TestProject.ValidateManifest(V2 + "\n").WithCode(DiagnosticCodes.LegacyAssetsList));

        var again = TestProject.ValidateManifest(LegacyLayoutSnippet.Of(finding));
        Assert.DoesNotContain(again, d => d.Severity == DiagnosticSeverity.Error && d.Code.StartsWith("CAT2", StringComparison.Ordinal));
        Assert.Empty(again.WithCode(DiagnosticCodes.NameMissing));
        Assert.Empty(again.WithCode(DiagnosticCodes.DescriptionMissing));
        Assert.Empty(again.WithCode(DiagnosticCodes.LogoMissing));
    }

    [Fact]
    public void A_real_release_version_and_post_provisioning_are_kept()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("""
            version: "2.0.0"
            slug: "hotspot"
            type: sw.application
            post-provisioning: Read the README.
            joinable: false
            """ + "\n").WithCode(DiagnosticCodes.LegacyAssetsList));

        Assert.Contains("keep 'post-provisioning' and replace the rest", finding.Message.Split('\n')[0], StringComparison.Ordinal);
        var manifest = LegacyLayoutSnippet.Read(LegacyLayoutSnippet.Of(finding));
        Assert.Equal("2.0.0", manifest.Version?.Text);
        Assert.Equal("hotspot", manifest.Name?.Text);
        Assert.Equal("false", manifest.Joinable?.Text);
    }

    [SharedDataTheory]
    [InlineData("klutchell__balena-zoneminder", "balena.yml", 1)]
    [InlineData("just4give__helium-dyi-hotspot-balena-pi4", "balena.yml", 2)]
    [InlineData("Screenly__Anthias", "balena.yml.older-version-030430b5", 2)]
    public void Corpus_projects_in_the_2020_layout_get_their_rewrite(string project, string file, int line)
    {
        var diagnostics = TestProject.ValidateManifest(File.ReadAllText(Path.Combine(TestPaths.Corpus, project, file)));

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.LegacyAssetsList));
        Assert.Equal(line, finding.Span.Line);
        var manifest = LegacyLayoutSnippet.Read(LegacyLayoutSnippet.Of(finding));
        Assert.NotNull(manifest.Logo?.Url?.Text);
        Assert.NotNull(manifest.Description?.Text);
        Assert.NotEmpty(manifest.SupportedDeviceTypes);
    }
}
