using System.Text.Json;
using FleetCatalog.Output;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Output;

public sealed class CatalogJsonWriterTests
{
    private static readonly string[] ProjectKeys =
    [
        "slug", "name", "description", "version", "type", "category", "tags", "repository", "commit", "license", "stars", "updatedAt",
        "boards", "architectures", "difficulty", "duration", "worksByDefault", "status", "deployUrl", "logo", "links",
    ];

    [Fact]
    public void Catalog_json_matches_its_golden_file()
    {
        Golden.Verify(CatalogJsonWriter.WriteCatalog(OutputFixture.Urls, OutputFixture.Projects), "Output/catalog.json");
    }

    [Fact]
    public void A_project_json_matches_its_golden_file()
    {
        Golden.Verify(CatalogJsonWriter.WriteProject(OutputFixture.Urls, OutputFixture.PiHole), "Output/projects/pihole.json");
    }

    [Fact]
    public void Every_project_has_every_documented_field_in_a_stable_order()
    {
        using var json = JsonDocument.Parse(CatalogJsonWriter.WriteCatalog(OutputFixture.Urls, OutputFixture.Projects));

        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("count").GetInt32());
        var projects = json.RootElement.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(["browser", "pihole", "weather-station"], projects.Select(p => p.GetProperty("slug").GetString()));
        Assert.All(projects, p => Assert.Equal(ProjectKeys, p.EnumerateObject().Select(o => o.Name)));
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "catalog-json.md"));
        Assert.All(ProjectKeys, key => Assert.Contains($"`{key}`", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_is_kept_as_utf8_and_only_what_json_requires_is_escaped()
    {
        var text = CatalogJsonWriter.WriteProject(OutputFixture.Urls, OutputFixture.PiHole with { Name = "Café 🛡️ <b>\"x\"</b>\\\u2028\ud800" });

        Assert.Contains("\"name\": \"Café 🛡️ <b>\\\"x\\\"</b>\\\\\\u2028\uFFFD\"", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("Café 🛡️ <b>\"x\"</b>\\\u2028\uFFFD", json.RootElement.GetProperty("project").GetProperty("name").GetString());
    }

    [Fact]
    public void Links_and_architectures_are_derived_from_the_slug_and_the_boards()
    {
        using var json = JsonDocument.Parse(CatalogJsonWriter.WriteProject(OutputFixture.Urls, OutputFixture.PiHole));
        var project = json.RootElement.GetProperty("project");

        Assert.Equal(["aarch64", "amd64", "armv7hf"], project.GetProperty("architectures").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("https://example.org/catalog/badges/pihole.svg", project.GetProperty("links").GetProperty("badge").GetString());
        Assert.Equal(90, project.GetProperty("duration").GetInt32());
    }
}
