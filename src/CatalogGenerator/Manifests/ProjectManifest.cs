using System.Collections.Immutable;
using FleetCatalog.Yaml;

namespace FleetCatalog.Manifests;

/// <summary>
/// A balena.yml as balena reads it. Legacy layouts are read into the same shape (their fields from
/// where they stand), so every rule sees one model; <see cref="Layout"/> says which layout it was.
/// Every value keeps its YAML node, hence its position; <see cref="Root"/> holds the whole document.
/// </summary>
internal sealed record ProjectManifest(
    string File,
    YamlMapping Root,
    ManifestLayout Layout,
    ManifestValue? Type,
    ManifestValue? Name,
    ManifestValue? Description,
    ManifestValue? Version,
    ImmutableArray<ManifestAsset> Assets,
    ImmutableArray<ManifestVariable> Variables,
    ManifestValue? DefaultDeviceType,
    YamlEntry? SupportedDeviceTypesEntry,
    ImmutableArray<ManifestValue> SupportedDeviceTypes,
    ManifestValue? PostProvisioning,
    ManifestValue? Joinable,
    ManifestValue? FleetCta)
{
    public ManifestAsset? Logo => Assets.FirstOrDefault(a => a.Name == "logo");

    public ManifestAsset? Repository => Assets.FirstOrDefault(a => a.Name == "repository");

    public bool IsBlock => Type?.Text == "sw.block";

    public IEnumerable<ManifestVariable> EnvironmentVariables => Variables.Where(v => v.Kind == VariableKind.Environment);

    public IEnumerable<ManifestVariable> ConfigVariables => Variables.Where(v => v.Kind == VariableKind.Config);
}
