using FleetCatalog.Yaml;

namespace FleetCatalog.Manifests;

/// <summary>A fleet variable and its default. <see cref="Value"/> is null when the value was not a scalar (already reported).</summary>
internal sealed record ManifestVariable(VariableKind Kind, YamlScalar Key, ManifestValue? Value)
{
    public string Name => Key.Value;

    /// <summary><see cref="Name"/> as pages and JSON show it (<see cref="VisibleText.Clean"/>).</summary>
    public string ShownName => VisibleText.Clean(Name);

    /// <summary>True when the manifest gives no default (YAML null or an empty value).</summary>
    public bool HasNoDefault => Value is { Text: null };

    public string Section => Kind == VariableKind.Environment ? "applicationEnvironmentVariables" : "applicationConfigVariables";
}
