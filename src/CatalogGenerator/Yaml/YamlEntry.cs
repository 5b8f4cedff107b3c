namespace FleetCatalog.Yaml;

/// <summary>One <c>key: value</c> pair of a mapping, with both positions.</summary>
internal sealed record YamlEntry(YamlScalar Key, YamlNode Value)
{
    public string Name => Key.Value;
}
