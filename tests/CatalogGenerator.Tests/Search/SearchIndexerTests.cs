using System.Text.Json;
using System.Text.RegularExpressions;
using FleetCatalog.Tests.Rendering.Pages;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Search;

/// <summary>The search stage on a built fixture site: Pagefind indexes guides, projects and learn pages, with their filters.</summary>
public sealed partial class SearchIndexerTests
{
    [Fact]
    public async Task The_built_site_has_a_pagefind_index_of_projects_and_learn_pages_only()
    {
        var indexed = 0;
        using var site = await TestSite.BuildAsync(search: TestSite.Indexer(r => indexed = r.Pages));

        Assert.DoesNotContain(site.Findings, d => d.Code.StartsWith("CAT83", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", "pagefind.js")), "pagefind.js was not written");
        using var entry = JsonDocument.Parse(site.Read("pagefind/pagefind-entry.json"));
        var language = entry.RootElement.GetProperty("languages").EnumerateObject().Single().Value;
        var learnPages = Directory.GetFiles(Path.Combine(site.Root, "site", "learn"), "*.md").Length;
        Assert.Equal(TestSite.Projects.Length + learnPages, language.GetProperty("page_count").GetInt32());
        Assert.Equal(TestSite.Projects.Length + learnPages, indexed);
    }

    [Fact]
    public async Task The_search_page_offers_exactly_the_filter_values_the_project_pages_carry()
    {
        using var site = await TestSite.BuildAsync(search: TestSite.Indexer());
        var projectPages = Directory.GetFiles(Path.Combine(site.Output, "projects"), "index.html", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))) == "projects")
            .Select(File.ReadAllText)
            .ToList();
        var search = site.Read("search/index.html");

        Assert.Equal(TestSite.Projects.Length, projectPages.Count);
        foreach (var key in new[] { "board", "architecture", "category", "works" })
        {
            var onPages = projectPages.SelectMany(html => FilterTexts(html, key)).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(onPages, Checkboxes(search, key).Order(StringComparer.Ordinal));
        }

        Assert.Equal(["App", "Block", "Learn page"], Checkboxes(search, "type"));
        Assert.Contains("board", search, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", search, StringComparison.Ordinal);
        Assert.DoesNotContain("/search/", site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_forms_lead_to_the_catalog_without_javascript_and_name_the_search_page_for_it()
    {
        using var site = await TestSite.BuildAsync(search: TestSite.Indexer());

        Assert.Contains("<form class=\"search\" role=\"search\" action=\"/projects/\" method=\"get\" data-search-url=\"/search/\">", site.Read("index.html"), StringComparison.Ordinal);
        Assert.Contains("data-search-url=\"/search/\"", site.Read("projects/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_search_there_is_no_search_page_index_or_link_to_them()
    {
        using var site = await TestSite.BuildAsync();

        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind")));
        Assert.False(File.Exists(Path.Combine(site.Output, "search", "index.html")));
        Assert.DoesNotContain("data-search-url", site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_pagefind_keeps_the_site_unpublished_with_an_error()
    {
        using var tools = new TempDirectory();
        var failing = new FleetCatalog.Search.SearchIndexer(FakePagefind.Create(tools, "console.error('out of disk'); process.exit(3);"));

        using var site = await TestSite.BuildAsync(search: failing);

        var error = Assert.Single(site.Findings, d => d.Code == "CAT830");
        Assert.Contains("out of disk", error.Message, StringComparison.Ordinal);
        Assert.Contains("--no-search", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), "a site whose search index failed was published");
    }

    [Fact]
    public async Task An_index_without_pages_is_a_warning_and_the_site_is_published()
    {
        using var tools = new TempDirectory();
        var empty = new FleetCatalog.Search.SearchIndexer(FakePagefind.Create(tools, "console.log('Indexed 0 pages');"));

        using var site = await TestSite.BuildAsync(search: empty);

        Assert.Single(site.Findings, d => d.Code == "CAT832" && d.Severity == FleetCatalog.Diagnostics.DiagnosticSeverity.Warning);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    private static IEnumerable<string> FilterTexts(string html, string key) =>
        Regex.Matches(html, $"data-pagefind-filter=\"{key}\">([^<]+)<").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));

    private static List<string> Checkboxes(string html, string key) =>
        [.. Regex.Matches(html, $"<input type=\"checkbox\" name=\"{key}\" value=\"([^\"]+)\">").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];
}
