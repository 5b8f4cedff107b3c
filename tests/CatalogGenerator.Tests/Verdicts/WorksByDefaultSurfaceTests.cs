using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FleetCatalog.Tests.Verdicts;

/// <summary>Cards, guide pages, the status page, badges and the JSON files say the same "works by default", from one fixture.</summary>
public sealed class WorksByDefaultSurfaceTests(VerdictSite site) : IClassFixture<VerdictSite>
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> Projects => [.. VerdictSite.Expected.Keys];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_surface_gives_the_same_verdict(string slug)
    {
        var expected = VerdictSite.Expected[slug];
        var surfaces = new Dictionary<string, bool>
        {
            ["card"] = Card(slug).QuerySelector(".tag-ok")?.TextContent.Contains("Works by default", StringComparison.Ordinal) ?? false,
            ["guide"] = Guide(slug).TextContent.Contains("Works by default:", StringComparison.Ordinal),
            ["search filter"] = Guide(slug).QuerySelector("[data-pagefind-filter='works']")?.TextContent == "Works by default",
            ["status page"] = StatusRow(slug).QuerySelectorAll("td")[3].TextContent.StartsWith("Yes", StringComparison.Ordinal),
            ["badge"] = site.Read($"badges/{slug}.svg") is var badge && !badge.Contains("fleet catalog: failing", StringComparison.Ordinal),
            ["catalog.json"] = CatalogEntry(slug).GetProperty("worksByDefault").GetBoolean(),
            ["project json"] = ProjectJson(slug).GetProperty("worksByDefault").GetBoolean(),
        };

        Assert.All(surfaces, s => Assert.True(s.Value == expected, $"{slug}: the {s.Key} says {(s.Value ? "yes" : "no")}; {site.ConsoleText}"));
        Assert.Equal(!expected, Guide(slug).TextContent.Contains("Does not work by default yet", StringComparison.Ordinal));
    }

    [Fact]
    public void The_status_page_counts_what_its_rows_say()
    {
        var counts = Parser.ParseDocument(site.Read("status/index.html")).QuerySelectorAll(".counts > div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);

        Assert.Equal(VerdictSite.Expected.Count(p => p.Value).ToString(System.Globalization.CultureInfo.InvariantCulture), counts["Work by default"]);
    }

    [Theory]
    [InlineData("has-error", "3 errors to fix")]
    [InlineData("no-board", "no board balena knows")]
    [InlineData("must-set", "2 settings you must set")]
    public void The_status_page_and_the_guide_say_why_not(string slug, string reason)
    {
        Assert.Contains(reason, StatusRow(slug).QuerySelectorAll("td")[3].TextContent, StringComparison.Ordinal);
        Assert.Contains(reason, Guide(slug).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deploy_box_lists_every_setting_the_ones_to_set_first_and_marked_in_words()
    {
        var settings = Guide("must-set").QuerySelectorAll(".deploy-settings > div")
            .Select(d => (Name: d.QuerySelector("dt")!.TextContent, Value: d.QuerySelector("dd")!.TextContent))
            .ToList();

        Assert.Equal([("API_KEY", "You must set this"), ("CITY", "You must set this"), ("GREETING", "hello")], settings);
        Assert.Contains("The new fleet gets these 3 settings. 2 have no default", Guide("must-set").TextContent, StringComparison.Ordinal);
    }

    private IElement Card(string slug) =>
        Parser.ParseDocument(site.Read("projects/index.html")).QuerySelectorAll("article.card")
            .Single(c => c.QuerySelector($"a[href$='/projects/{slug}/']") is not null);

    private IElement Guide(string slug) =>
        Parser.ParseDocument(site.Read($"projects/{slug}/index.html")).QuerySelector("section.deploy")!;

    private IElement StatusRow(string slug) =>
        Parser.ParseDocument(site.Read("status/index.html")).QuerySelectorAll(".status-table tbody tr")
            .Single(r => r.QuerySelector($"th a[href$='/projects/{slug}/']") is not null);

    private JsonElement CatalogEntry(string slug) =>
        JsonDocument.Parse(site.Read("catalog.json")).RootElement.GetProperty("projects").EnumerateArray()
            .Single(p => p.GetProperty("slug").GetString() == slug);

    private JsonElement ProjectJson(string slug) => JsonDocument.Parse(site.Read($"projects/{slug}.json")).RootElement.GetProperty("project");
}
