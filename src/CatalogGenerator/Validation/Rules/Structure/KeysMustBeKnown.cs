using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Yaml;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>
/// balena silently ignores a key it does not know, so a misspelt <c>applicationEnvrionmentVariables</c>
/// drops the fleet's settings without a word. Checked wherever balena defines the keys: the top level,
/// <c>data</c>, <c>assets</c>, each asset and each asset's <c>data</c>. A key we can tell the meaning of
/// (a near-miss, a different case, a key from another level) is an error; any other is a warning.
/// </summary>
internal sealed class KeysMustBeKnown : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var manifest = context.Manifest;
        var findings = new List<Diagnostic>();
        var topSkip = manifest.Layout switch
        {
            ManifestLayout.FlatV1 => ManifestKeys.FlatV1,
            ManifestLayout.AssetsListV2 => ManifestKeys.AssetsListV2,
            _ => [],
        };
        findings.AddRange(KeyCheck.Level(context.File, manifest.Root, "at the top level", ManifestKeys.TopLevel, topSkip, KeyCheck.TopLevelElsewhere));

        if (manifest.Root["data"] is YamlMapping data)
        {
            // The 2020 layout kept the description under 'data'; its own rule rewrites it.
            IReadOnlyList<string> skip = manifest.Layout == ManifestLayout.AssetsListV2 ? ["description"] : [];
            findings.AddRange(KeyCheck.Level(context.File, data, "under 'data'", ManifestKeys.Data, skip, KeyCheck.DataElsewhere));
        }

        if (manifest.Root["assets"] is YamlMapping assets)
        {
            foreach (var asset in assets.Entries)
            {
                findings.AddRange(KeyCheck.AssetSlug(context.File, asset));
                if (asset.Value is not YamlMapping body)
                {
                    continue;
                }

                // A 'url' beside 'type' is reported with the asset's missing 'data.url'.
                findings.AddRange(KeyCheck.Level(context.File, body, $"in asset '{asset.Name}'", ManifestKeys.Asset, ["url"], KeyCheck.AssetElsewhere));
                if (body["data"] is YamlMapping assetData)
                {
                    findings.AddRange(KeyCheck.Level(context.File, assetData, $"under 'assets.{asset.Name}.data'", ManifestKeys.AssetData, [], KeyCheck.AssetDataElsewhere));
                }
            }
        }

        return findings;
    }
}
