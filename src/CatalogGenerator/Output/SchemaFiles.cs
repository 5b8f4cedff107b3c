using System.Text.Json;
using System.Text.Json.Nodes;

namespace FleetCatalog.Output;

/// <summary>
/// Publishes the JSON Schemas of <c>schemas/</c> (balena.yml and catalog entries) under <c>/schemas/</c>, so that
/// editors can fetch them by the address in their <c>$id</c>. The folder sits at the root that holds <c>site/</c>
/// and <c>themes/</c>; a root without one (a test fixture) publishes none.
/// </summary>
internal static class SchemaFiles
{
    public const string Folder = "schemas";

    /// <summary>Copies every <c>*.schema.json</c> from the root the theme was loaded from, each <c>$id</c> set to where it is published.</summary>
    /// <param name="themeAssets">The theme's assets folder, <c>&lt;root&gt;/themes/&lt;theme&gt;/assets</c>.</param>
    /// <param name="baseUrl">The site's published address; the committed files name the placeholder one of site/site.yml.</param>
    public static IReadOnlyList<string> Copy(SiteOutput output, string themeAssets, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(output);
        var source = Path.GetFullPath(Path.Combine(themeAssets, "..", "..", "..", Folder));
        if (!Directory.Exists(source))
        {
            return [];
        }

        var written = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.schema.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var path = $"{Folder}/{name}";
            output.WriteText(path, Published(File.ReadAllText(file), $"{baseUrl.TrimEnd('/')}/{path}"));
            written.Add(path);
        }

        return written;
    }

    // Only the $id changes, so that a site built with --base-url serves schemas that name their own address.
    private static string Published(string json, string id)
    {
        var schema = JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException("a schema file must hold a JSON object");
        schema["$id"] = id;
        return schema.ToJsonString(Indented) + "\n";
    }

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
