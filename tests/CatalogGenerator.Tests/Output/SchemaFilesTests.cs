using System.Text.Json.Nodes;
using FleetCatalog.Output;
using FleetCatalog.Tests.Rendering.Pages;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Output;

public sealed class SchemaFilesTests
{
    [SharedDataFact]
    public async Task The_built_site_publishes_both_schemas_under_schemas_with_their_own_address()
    {
        using var site = await TestSite.BuildAsync("https://catalog.example.org/fleet/");

        foreach (var file in new[] { "balena.schema.json", "catalog-entry.schema.json" })
        {
            var published = JsonNode.Parse(site.Read($"schemas/{file}"))!.AsObject();
            var committed = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "schemas", file)))!.AsObject();

            Assert.Equal($"https://catalog.example.org/fleet/schemas/{file}", (string?)published["$id"]);
            published.Remove("$id");
            committed.Remove("$id");
            Assert.True(JsonNode.DeepEquals(committed, published), $"{file}: only $id may differ from the committed schema");
        }
    }

    [Fact]
    public void A_root_without_a_schemas_folder_publishes_none()
    {
        using var dir = new TempDirectory();
        var assets = Path.Combine(dir.Path, "themes", "default", "assets");
        Directory.CreateDirectory(assets);
        using var output = SiteOutput.Begin(Path.Combine(dir.Path, "_site"));

        var written = SchemaFiles.Copy(output, assets, "https://catalog.example.org/");

        Assert.Empty(written);
        Assert.Empty(output.Files);
    }

    [Fact]
    public void Only_schema_files_are_published_and_each_names_its_address()
    {
        using var dir = new TempDirectory();
        var assets = Path.Combine(dir.Path, "themes", "default", "assets");
        Directory.CreateDirectory(assets);
        dir.Write("schemas/thing.schema.json", """{ "$id": "https://placeholder.example/schemas/thing.schema.json", "title": "Thing" }""");
        dir.Write("schemas/notes.md", "not published");
        using var output = SiteOutput.Begin(Path.Combine(dir.Path, "_site"));

        var written = SchemaFiles.Copy(output, assets, "https://catalog.example.org");

        Assert.Equal(["schemas/thing.schema.json"], written);
        var published = JsonNode.Parse(File.ReadAllText(Path.Combine(output.StagingDirectory, "schemas", "thing.schema.json")))!;
        Assert.Equal("https://catalog.example.org/schemas/thing.schema.json", (string?)published["$id"]);
        Assert.Equal("Thing", (string?)published["title"]);
    }
}
