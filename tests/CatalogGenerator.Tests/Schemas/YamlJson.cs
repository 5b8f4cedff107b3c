using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using FleetCatalog.Yaml;

namespace FleetCatalog.Tests.Schemas;

/// <summary>
/// A YAML document as the JSON an editor's YAML language server checks against a schema, read with the
/// project's own YAML reader: plain scalars are typed as <see cref="YamlScalar.Resolve"/> types them (YAML 1.2 core,
/// as the validator and js-yaml do), quoted or tagged ones stay text.
/// </summary>
internal static class YamlJson
{
    /// <summary>The document's JSON, or null when the file holds no usable YAML (the schema has nothing to judge then).</summary>
    public static JsonNode? Read(string yaml, string file, out bool readable)
    {
        var result = YamlDocumentReader.Read(yaml, file);
        readable = result.Root is not null;
        return result.Root is null ? null : Convert(result.Root);
    }

    // Aliases share nodes in the YAML model, but a JSON node has one parent, so each use is converted afresh.
    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Name, Convert(e.Value)))),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(Convert)]),
        YamlScalar scalar => Scalar(scalar.Resolve()),
        _ => throw new ArgumentException($"unexpected YAML node {node.GetType().Name}", nameof(node)),
    };

    private static JsonValue? Scalar(ResolvedScalar value) => value.Kind switch
    {
        ScalarKind.Null => null,
        ScalarKind.Boolean => JsonValue.Create(value.Text == "true"),
        ScalarKind.Integer when BigInteger.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) && integer >= long.MinValue && integer <= long.MaxValue =>
            JsonValue.Create((long)integer),
        ScalarKind.Integer or ScalarKind.Float when double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) =>
            JsonValue.Create(number),

        // .inf and .nan have no JSON form; the language server sees them as numbers too, which no schema here accepts as text.
        ScalarKind.Integer or ScalarKind.Float => JsonValue.Create(double.MaxValue),
        _ => JsonValue.Create(value.Text),
    };
}
