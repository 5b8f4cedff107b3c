using System.Text.Json;
using System.Text.Json.Nodes;
using FleetCatalog.Tests.Testing;
using Json.Schema;

namespace FleetCatalog.Tests.Schemas;

/// <summary>The committed schemas (schemas/*.schema.json), as JSON to inspect and as schemas to evaluate.</summary>
internal static class CommittedSchemas
{
    public const string BalenaFile = "balena.schema.json";
    public const string EntryFile = "catalog-entry.schema.json";

    private static readonly Lazy<JsonSchema> LazyBalena = new(() => JsonSchema.FromText(File.ReadAllText(PathOf(BalenaFile))));
    private static readonly Lazy<JsonSchema> LazyEntry = new(() => JsonSchema.FromText(File.ReadAllText(PathOf(EntryFile))));

    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "schemas");

    /// <summary>Parsed once: a schema registers its $id, and a second schema with the same $id would clash.</summary>
    public static JsonSchema Balena => LazyBalena.Value;

    public static JsonSchema Entry => LazyEntry.Value;

    public static string PathOf(string file) => Path.Combine(Folder, file);

    public static JsonObject Json(string file) => (JsonObject)JsonNode.Parse(File.ReadAllText(PathOf(file)))!;

    /// <summary>Why the schema refuses <paramref name="instance"/>: one line per failed keyword; empty when it accepts it.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode? instance)
    {
        var element = instance is null ? JsonDocument.Parse("null").RootElement : JsonSerializer.SerializeToElement(instance);
        var result = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var lines = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .ToList();
        return lines.Count == 0 ? ["(the schema refuses it)"] : lines;
    }
}
