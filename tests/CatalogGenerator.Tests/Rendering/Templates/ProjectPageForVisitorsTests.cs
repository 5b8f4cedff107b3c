using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FleetCatalog.Rendering.Templates;
using FleetCatalog.Tests.Rendering.Pages;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Templates;

/// <summary>
/// A guide page is for the maker: the author's findings are folded away at the end, and search indexes the project's
/// own words (name, description, guide), not the page's furniture, while still reading its filters.
/// </summary>
public sealed class ProjectPageForVisitorsTests
{
    private static readonly ThemeRenderer Theme = ThemeRenderer.Load(TestPaths.RepositoryRoot);

    [Fact]
    public void The_authors_findings_are_folded_under_a_summary_that_counts_them()
    {
        var article = Article(SampleModels.ProjectPage());

        var details = article.QuerySelector("details#checks")!;
        Assert.NotNull(details);
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("For the project's author: 1 finding", details.QuerySelector("summary")!.TextContent);
        Assert.NotNull(details.QuerySelector("ul.findings li.finding-warning"));
        Assert.NotNull(details.QuerySelector("a[href$='/projects/adguard-home.yml']"));
        Assert.Same(details, article.Children[^1]);
        Assert.DoesNotContain(article.QuerySelectorAll("h2"), h => h.TextContent == "Checks");

        var none = Article(SampleModels.ProjectPage(SampleModels.AdGuard with { Findings = [] }));
        Assert.Equal("For the project's author: nothing to fix", none.QuerySelector("details#checks > summary")!.TextContent);
    }

    [Fact]
    public void Headings_go_down_one_level_at_a_time()
    {
        var levels = Article(SampleModels.ProjectPage()).QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();

        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} followed by h{pair.Second}"));
    }

    [Fact]
    public void Search_reads_the_name_description_and_guide_and_every_filter_but_no_page_furniture()
    {
        var project = SampleModels.AdGuard;
        var article = Article(SampleModels.ProjectPage(project with { StaleNote = "This page shows the project as it was on 1 May 2026." }));

        var indexed = Indexed(article);
        Assert.StartsWith($"{project.Name} {project.Description} Setup", indexed, StringComparison.Ordinal);
        Assert.Contains("Point your router's DNS at the device's address.", indexed, StringComparison.Ordinal);
        Assert.Contains("Open http://<device-ip>:3000 to finish the setup.", indexed, StringComparison.Ordinal);
        foreach (var furniture in new[] { "What you'll need", "Any one of these", "Deploy it", "Settings", "ADGUARD_PORT", "Guide", "After you deploy", "For the project's author", "CAT305", "This page shows", "Licence" })
        {
            Assert.DoesNotContain(furniture, indexed, StringComparison.Ordinal);
        }

        var filters = article.QuerySelectorAll("[data-pagefind-filter]").Prepend(article).Select(e => e.GetAttribute("data-pagefind-filter")!.Split(':')[0]).Distinct().Order();
        Assert.Equal(["architecture", "board", "category", "difficulty", "type", "works"], filters);
    }

    [SharedDataFact]
    public async Task Pagefind_indexes_a_built_guide_page_from_its_own_words()
    {
        using var site = await TestSite.BuildAsync(search: TestSite.Indexer());

        var fragment = Fragments(site.Output).Single(f => f.GetProperty("url").GetString() == "/projects/audio/");
        var content = fragment.GetProperty("content").GetString()!;
        var title = fragment.GetProperty("meta").GetProperty("title").GetString()!;
        Assert.StartsWith(title + ". ", content, StringComparison.Ordinal);
        Assert.Contains(fragment.GetProperty("meta").GetProperty("summary").GetString()!, content, StringComparison.Ordinal);
        Assert.DoesNotContain("What you'll need", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Any one of these", content, StringComparison.Ordinal);
        Assert.DoesNotContain("For the project's author", content, StringComparison.Ordinal);
        var filters = fragment.GetProperty("filters");
        Assert.All(new[] { "board", "architecture", "category", "type" }, key => Assert.True(filters.TryGetProperty(key, out var values) && values.GetArrayLength() > 0, key));
    }

    private static IElement Article(FleetCatalog.Rendering.Model.IPageView page)
    {
        var result = Theme.Render("project", page);
        Assert.Empty(result.Diagnostics);
        return new HtmlParser().ParseDocument(result.Html!).QuerySelector("article.project")!;
    }

    // The text Pagefind takes from a page: inside data-pagefind-body, outside any data-pagefind-ignore, words joined by spaces.
    private static string Indexed(IElement body)
    {
        var words = new List<string>();
        void Walk(INode node)
        {
            if (node is IElement element && element.HasAttribute("data-pagefind-ignore"))
            {
                return;
            }

            if (node is IText text)
            {
                words.AddRange(text.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }

            foreach (var child in node.ChildNodes)
            {
                Walk(child);
            }
        }

        Walk(body);
        return string.Join(' ', words);
    }

    // Pagefind's fragments: gzip, then a "pagefind_dcd" signature, then the page's JSON (content, filters, meta).
    private static List<JsonElement> Fragments(string site) =>
        [.. Directory.GetFiles(Path.Combine(site, "pagefind", "fragment")).Select(file =>
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            var json = buffer.ToArray().AsSpan("pagefind_dcd"u8.Length);
            return JsonDocument.Parse(json.ToArray()).RootElement.Clone();
        })];
}
