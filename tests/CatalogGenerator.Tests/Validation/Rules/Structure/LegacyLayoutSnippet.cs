using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Yaml;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

/// <summary>Reads back the current-layout rewrite that a CAT203/CAT204 message carries after its first line.</summary>
internal static class LegacyLayoutSnippet
{
    public static string Of(Diagnostic finding)
    {
        var newline = finding.Message.IndexOf('\n', StringComparison.Ordinal);
        Assert.True(newline > 0, "the message should hold the rewrite after its summary line");
        return finding.Message[(newline + 1)..] + "\n";
    }

    public static ProjectManifest Read(string snippet)
    {
        var yaml = YamlDocumentReader.Read(snippet, "balena.yml");
        Assert.Empty(yaml.Diagnostics);
        var (manifest, problems) = ManifestReader.Read(yaml.Root!, "balena.yml");
        Assert.Empty(problems);
        Assert.NotNull(manifest);
        Assert.Equal(ManifestLayout.Current, manifest.Layout);
        return manifest;
    }
}
