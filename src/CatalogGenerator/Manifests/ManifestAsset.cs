using FleetCatalog.Yaml;

namespace FleetCatalog.Manifests;

/// <summary>An entry of <c>assets</c> (<c>logo</c>, <c>repository</c>): its slug and URL.</summary>
/// <param name="Key">The asset's slug as written (for the v2 list layout, its <c>name</c> value).</param>
internal sealed record ManifestAsset(YamlScalar Key, ManifestValue? Type, ManifestValue? Url, YamlNode Node)
{
    public string Name => Key.Value;
}
