using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FleetCatalog.Devices;
using FleetCatalog.Manifests;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Schemas;

/// <summary>schemas/balena.schema.json stays true to the validator: its closed lists and keys are the validator's own.</summary>
public sealed class BalenaSchemaTests
{
    private static readonly JsonObject Schema = CommittedSchemas.Json(CommittedSchemas.BalenaFile);

    private static JsonObject Definitions => Schema["definitions"]!.AsObject();

    private static JsonObject Properties => Schema["properties"]!.AsObject();

    private static JsonObject DataProperties => Properties["data"]!["properties"]!.AsObject();

    [Fact]
    public void Device_type_enum_is_the_registry()
    {
        var slugs = DeviceRegistry.Default.All.Select(d => d.Slug);

        Assert.Equal(slugs.Order(StringComparer.Ordinal), Strings(Definitions["deviceType"]!["enum"]));
    }

    [Fact]
    public void Device_type_alias_enum_is_every_alias_of_the_registry()
    {
        var registry = DeviceRegistry.Default;
        var aliases = registry.All.SelectMany(d => d.Aliases).Where(a => registry.Find(a) is null).Distinct(StringComparer.Ordinal);

        Assert.Equal(aliases.Order(StringComparer.Ordinal), Strings(Definitions["deviceTypeAlias"]!["enum"]));
    }

    [Fact]
    public void Type_enum_is_the_types_balena_accepts()
    {
        Assert.Equal(ManifestKeys.Types, Strings(Properties["type"]!["enum"]));
    }

    [Fact]
    public void Every_key_the_reader_knows_is_in_the_schema()
    {
        var asset = Definitions["asset"]!["properties"]!.AsObject();
        var assets = Properties["assets"]!["anyOf"]![0]!["properties"]!.AsObject();

        Assert.Empty(Missing(ManifestKeys.TopLevel, Properties));
        Assert.Empty(Missing(ManifestKeys.Data, DataProperties));
        Assert.Empty(Missing(ManifestKeys.AssetSlugs, assets));
        Assert.Empty(Missing(ManifestKeys.Asset, asset));
        Assert.Empty(Missing(ManifestKeys.AssetData, asset["data"]!["properties"]!.AsObject()));
    }

    [Fact]
    public void Keys_of_the_old_layouts_are_refused_at_the_top_level()
    {
        var legacy = ManifestKeys.FlatV1.Concat(ManifestKeys.AssetsListV2).ToList();

        Assert.Empty(Missing(legacy, Properties));
        Assert.All(legacy, key => Assert.True(Properties[key]!["not"] is JsonObject { Count: 0 }, $"'{key}' should be refused ('not: {{}}')"));
    }

    [Fact]
    public void Every_property_has_a_description()
    {
        var missing = PropertiesWithoutDescription(Schema, "#").ToList();

        Assert.True(missing.Count == 0, "add a description to: " + string.Join(", ", missing));
    }

    [Fact]
    public void Id_is_the_address_the_site_publishes_it_at()
    {
        Assert.Equal(PublishedAddress(CommittedSchemas.BalenaFile), (string?)Schema["$id"]);
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)Schema["$schema"]);
    }

    /// <summary>Where site/site.yml's base-url puts a file of schemas/.</summary>
    internal static string PublishedAddress(string file)
    {
        var site = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "site", "site.yml"));
        var baseUrl = Regex.Match(site, @"^base-url:\s*(\S+)", RegexOptions.Multiline).Groups[1].Value;
        return $"{baseUrl.TrimEnd('/')}/schemas/{file}";
    }

    internal static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(n => (string)n!)];

    internal static List<string> Missing(IEnumerable<string> keys, JsonObject properties) => [.. keys.Where(k => !properties.ContainsKey(k))];

    internal static IEnumerable<string> PropertiesWithoutDescription(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["properties"] is JsonObject properties)
                {
                    foreach (var (name, property) in properties)
                    {
                        if (property is JsonObject p && !p.ContainsKey("description") && !IsRefinement(p))
                        {
                            yield return $"{path}/properties/{name}";
                        }
                    }
                }

                foreach (var (name, child) in obj)
                {
                    foreach (var missing in PropertiesWithoutDescription(child, $"{path}/{name}"))
                    {
                        yield return missing;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var missing in PropertiesWithoutDescription(array[i], $"{path}/{i}"))
                    {
                        yield return missing;
                    }
                }

                break;
        }
    }

    // A property that only narrows one described elsewhere: 'if' conditions and the logo's stricter url.
    private static bool IsRefinement(JsonObject property) =>
        property.Count == 1 && property.ContainsKey("properties") || property.ContainsKey("enum") && property.Count == 1 || property.ContainsKey("contains") && property.Count == 1;
}
