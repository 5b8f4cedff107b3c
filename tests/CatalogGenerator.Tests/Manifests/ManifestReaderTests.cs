using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Tests.Testing;
using FleetCatalog.Yaml;

namespace FleetCatalog.Tests.Manifests;

public sealed class ManifestReaderTests
{
    private static (ProjectManifest? Manifest, ImmutableArray<Diagnostic> Diagnostics) Read(string yaml)
    {
        var document = YamlDocumentReader.Read(yaml, "balena.yml");
        Assert.Empty(document.Diagnostics);
        return ManifestReader.Read(document.Root!, "balena.yml");
    }

    private static ProjectManifest ReadClean(string yaml)
    {
        var (manifest, diagnostics) = Read(yaml);
        Assert.Empty(diagnostics);
        return Assert.IsType<ProjectManifest>(manifest);
    }

    [Fact]
    public void Variables_are_read_from_a_list_of_single_key_maps()
    {
        var manifest = ReadClean("type: sw.application\ndata:\n  applicationEnvironmentVariables:\n    - TZ: UTC\n    - PORT: '80'\n");

        Assert.Equal(["TZ=UTC", "PORT=80"], manifest.EnvironmentVariables.Select(v => $"{v.Name}={v.Value?.Text}"));
        Assert.All(manifest.Variables, v => Assert.Equal(VariableKind.Environment, v.Kind));
    }

    [Fact]
    public void Variables_are_read_from_a_plain_map()
    {
        var manifest = ReadClean("type: sw.application\ndata:\n  applicationConfigVariables:\n    BALENA_HOST_CONFIG_gpu_mem: 128\n    RESIN_HOST_CONFIG_dtoverlay: vc4-kms-v3d\n");

        Assert.Equal(
            ["BALENA_HOST_CONFIG_gpu_mem=128", "RESIN_HOST_CONFIG_dtoverlay=vc4-kms-v3d"],
            manifest.ConfigVariables.Select(v => $"{v.Name}={v.Value?.Text}"));
    }

    [Theory]
    [InlineData("True", "true")]
    [InlineData("FALSE", "false")]
    [InlineData("75", "75")]
    [InlineData("0x10", "16")]
    [InlineData("1.50", "1.5")]
    [InlineData("'0x10'", "0x10")]
    [InlineData("\"yes\"", "yes")]
    public void Typed_values_become_the_strings_balena_gets(string written, string text)
    {
        var manifest = ReadClean($"type: sw.application\ndata:\n  applicationEnvironmentVariables:\n    - V: {written}\n");

        var variable = Assert.Single(manifest.Variables);
        Assert.Equal(text, variable.Value?.Text);
        Assert.Equal(written.Trim('\'', '"'), variable.Value?.Raw);
    }

    [Theory]
    [InlineData("- V:")]
    [InlineData("- V: null")]
    [InlineData("- V: ~")]
    public void Null_means_no_default(string line)
    {
        var manifest = ReadClean($"type: sw.application\ndata:\n  applicationEnvironmentVariables:\n    {line}\n");

        var variable = Assert.Single(manifest.Variables);
        Assert.True(variable.HasNoDefault);
        Assert.Null(variable.Value?.Text);
    }

    [Fact]
    public void An_empty_quoted_text_is_a_default_not_a_missing_one()
    {
        var manifest = ReadClean("type: sw.application\ndata:\n  applicationEnvironmentVariables:\n    - V: ''\n");

        Assert.False(Assert.Single(manifest.Variables).HasNoDefault);
    }

    [Fact]
    public void Keys_and_values_keep_their_positions()
    {
        var manifest = ReadClean("name: Thing\ntype: sw.application\ndata:\n  applicationEnvironmentVariables:\n    - TZ: UTC\n  defaultDeviceType: raspberrypi3\n  supportedDeviceTypes: [raspberrypi3, raspberrypi4-64]\n");

        var variable = Assert.Single(manifest.Variables);
        Assert.Equal((5, 7), (variable.Key.Span.Line, variable.Key.Span.Column));
        Assert.Equal((5, 11), (variable.Value!.Span.Line, variable.Value.Span.Column));
        Assert.Equal((1, 7), (manifest.Name!.Span.Line, manifest.Name.Span.Column));
        Assert.Equal((6, 22), (manifest.DefaultDeviceType!.Span.Line, manifest.DefaultDeviceType.Span.Column));
        Assert.Equal([(7, 26), (7, 40)], manifest.SupportedDeviceTypes.Select(d => (d.Span.Line, d.Span.Column)));
    }

    [Fact]
    public void The_current_layout_is_read_as_such()
    {
        var manifest = ReadClean("""
            name: Thing
            type: sw.block
            description: Does things
            version: 1.2.3
            joinable: false
            assets:
              logo:
                type: blob.asset
                data:
                  url: https://x/logo.png
            """ + "\n");

        Assert.Equal(ManifestLayout.Current, manifest.Layout);
        Assert.True(manifest.IsBlock);
        Assert.Equal("1.2.3", manifest.Version?.Text);
        Assert.Equal("false", manifest.Joinable?.Text);
        Assert.Equal("blob.asset", manifest.Logo?.Type?.Text);
        Assert.Equal("https://x/logo.png", manifest.Logo?.Url?.Text);
    }

    [Fact]
    public void The_flat_layout_is_read_from_the_top_level()
    {
        var manifest = ReadClean("repoUrl: https://github.com/a/b\napplicationEnvironmentVariables:\n  - TZ: UTC\ndefaultDeviceType: raspberrypi3\nsupportedDeviceTypes:\n  - raspberrypi3\n");

        Assert.Equal(ManifestLayout.FlatV1, manifest.Layout);
        Assert.Null(manifest.Type);
        Assert.Equal("TZ", Assert.Single(manifest.Variables).Name);
        Assert.Equal("raspberrypi3", manifest.DefaultDeviceType?.Text);
        Assert.Equal("raspberrypi3", Assert.Single(manifest.SupportedDeviceTypes).Text);
    }

    [Fact]
    public void The_2020_layout_is_read_from_where_it_kept_things()
    {
        var manifest = ReadClean("""
            version: "2"
            slug: "zoneminder"
            type: "sw.application"
            assets:
              - url: "https://github.com/klutchell/balena-zoneminder"
                name: "repository"
              - url: "https://raw.githubusercontent.com/klutchell/balena-zoneminder/main/logo.png"
                name: "logo"
            data:
              description: "Video surveillance"
              defaultDeviceType: "jetson-nano"
            """ + "\n");

        Assert.Equal(ManifestLayout.AssetsListV2, manifest.Layout);
        Assert.Equal("zoneminder", manifest.Name?.Text);
        Assert.Equal("Video surveillance", manifest.Description?.Text);
        Assert.Equal("https://github.com/klutchell/balena-zoneminder", manifest.Repository?.Url?.Text);
        Assert.Equal("https://raw.githubusercontent.com/klutchell/balena-zoneminder/main/logo.png", manifest.Logo?.Url?.Text);
        Assert.Equal("jetson-nano", manifest.DefaultDeviceType?.Text);
    }

    [SharedDataTheory]
    [InlineData("klutchell__balena-traefik", "FlatV1")]
    [InlineData("ValiMail__secure-messager", "FlatV1")]
    [InlineData("klutchell__balena-zoneminder", "AssetsListV2")]
    [InlineData("just4give__helium-dyi-hotspot-balena-pi4", "AssetsListV2")]
    [InlineData("balena-labs-projects__balena-sense", "Current")]
    public void Corpus_manifests_are_read_into_their_layout(string project, string layout)
    {
        var manifest = ReadClean(File.ReadAllText(Path.Combine(TestPaths.Corpus, project, "balena.yml")));

        Assert.Equal(layout, manifest.Layout.ToString());
    }

    [Theory]
    [InlineData("data:\n  applicationEnvironmentVariables: null\n")]
    [InlineData("data:\n  supportedDeviceTypes: ~\n")]
    [InlineData("assets: null\n")]
    [InlineData("data:\n")]
    public void Null_sections_are_empty_not_wrong(string yaml)
    {
        var (_, diagnostics) = Read("type: sw.application\n" + yaml);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_variable_written_as_NAME_equals_value_is_CAT210_with_the_rewrite()
    {
        var (_, diagnostics) = Read("type: sw.application\ndata:\n  applicationEnvironmentVariables:\n    - TZ=UTC\n");

        var finding = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongValueType.Code, finding.Code);
        Assert.Equal((4, 7), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("the text 'TZ=UTC'", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("write '- TZ: UTC'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_as_text_are_CAT210()
    {
        var (_, diagnostics) = Read("type: sw.application\ndata:\n  applicationEnvironmentVariables: TZ\n");

        var finding = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongValueType.Code, finding.Code);
        Assert.Equal((3, 36), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("not the text 'TZ'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_device_type_instead_of_a_list_is_CAT210_but_still_read()
    {
        var (manifest, diagnostics) = Read("type: sw.application\ndata:\n  supportedDeviceTypes: raspberrypi3\n");

        var finding = Assert.Single(diagnostics);
        Assert.Equal((3, 25), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("'supportedDeviceTypes: [raspberrypi3]'", finding.Message, StringComparison.Ordinal);
        Assert.Equal("raspberrypi3", Assert.Single(manifest!.SupportedDeviceTypes).Text);
    }

    [Theory]
    [InlineData("name:\n  - a\n", "'name' must be text, not a list")]
    [InlineData("assets: logo\n", "'assets' must be a mapping")]
    [InlineData("data: [a]\n", "'data' must be a mapping, not a list")]
    [InlineData("data:\n  applicationEnvironmentVariables:\n    - V:\n        nested: x\n", "the default of 'V' must be text, not a mapping")]
    public void Values_of_the_wrong_shape_are_CAT210(string yaml, string message)
    {
        var (_, diagnostics) = Read("type: sw.application\n" + yaml);

        var finding = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongValueType.Code, finding.Code);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_a_mapping_has_no_manifest()
    {
        var (manifest, diagnostics) = Read("- a\n- b\n");

        Assert.Null(manifest);
        var finding = Assert.Single(diagnostics);
        Assert.Equal((1, 1), (finding.Span.Line, finding.Span.Column));
    }
}
