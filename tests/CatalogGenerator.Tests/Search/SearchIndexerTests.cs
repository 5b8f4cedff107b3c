using System.Text.Json;
using FleetCatalog.Tests.Rendering.Pages;

namespace FleetCatalog.Tests.Search;

/// <summary>The search stage on a built fixture site: Pagefind indexes guides, projects and learn pages, with their filters.</summary>
public sealed class SearchIndexerTests
{
    [Fact]
    public async Task The_built_site_has_a_pagefind_index_of_projects_and_learn_pages_only()
    {
        using var site = await TestSite.BuildAsync(search: true);

        Assert.DoesNotContain(site.Findings, d => d.Code.StartsWith("CAT83", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", "pagefind.js")), "pagefind.js was not written");
        using var entry = JsonDocument.Parse(site.Read("pagefind/pagefind-entry.json"));
        var language = entry.RootElement.GetProperty("languages").EnumerateObject().Single().Value;
        var learnPages = Directory.GetFiles(Path.Combine(site.Root, "site", "learn"), "*.md").Length;
        Assert.Equal(TestSite.Projects.Length + learnPages, language.GetProperty("page_count").GetInt32());
    }
}
