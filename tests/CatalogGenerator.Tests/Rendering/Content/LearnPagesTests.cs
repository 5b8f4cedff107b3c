using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Rendering.Content.ContentTesting;

namespace FleetCatalog.Tests.Rendering.Content;

/// <summary>Every page of a learn folder: menu order and duplicate orders (CAT868), broken files left out.</summary>
public sealed class LearnPagesTests
{
    private static string FrontMatter(string title, int order) => $"title: {title}\nsummary: About {title}.\norder: {order}\ndifficulty: beginner\n";

    [Fact]
    public void Pages_are_in_menu_order_with_their_repository_paths()
    {
        using var dir = new TempDirectory();
        dir.Write("b-second.md", Page(FrontMatter("Second", 2)));
        dir.Write("a-third.md", Page(FrontMatter("Third", 3)));
        dir.Write("c-first.md", Page(FrontMatter("First", 1)));
        dir.Write("notes.txt", "not a page");

        var result = LearnPages.Load(dir.Path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["c-first", "b-second", "a-third"], result.Slugs);
        Assert.Equal("site/learn/c-first.md", result.Pages[0].SourcePath);
        Assert.Equal("Second", result.Find("b-second")?.Title);
    }

    [Fact]
    public void Two_pages_with_the_same_order_are_both_kept_and_the_second_warned_at_its_order()
    {
        using var dir = new TempDirectory();
        dir.Write("apps.md", Page(FrontMatter("Apps", 2)));
        dir.Write("boards.md", Page(FrontMatter("Boards", 2)));

        var result = LearnPages.Load(dir.Path);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.LearnDuplicateOrder.Code, DiagnosticSeverity.Warning, "site/learn/boards.md"), (finding.Code, finding.Severity, finding.File));
        AssertAt(finding, 4, 8);
        Assert.Contains("also the order of 'site/learn/apps.md'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["apps", "boards"], result.Slugs);
    }

    [Fact]
    public void A_broken_page_is_reported_and_left_out_while_the_others_load()
    {
        using var dir = new TempDirectory();
        dir.Write("good.md", Page(FrontMatter("Good", 1)));
        dir.Write("no-front-matter.md", "# Title\n");
        dir.WriteBytes("binary.md", [0x2D, 0x00, 0x01]);
        dir.Write("Bad Name.md", Page(FrontMatter("Bad", 3)));

        var result = LearnPages.Load(dir.Path, "learn");

        Assert.Equal(["good"], result.Slugs);
        Assert.Equal(["binary", "good", "no-front-matter"], result.FileSlugs.Order(StringComparer.Ordinal));
        Assert.Contains(result.Diagnostics, d => d is { Code: "CAT865", File: "learn/no-front-matter.md" });
        Assert.Contains(result.Diagnostics, d => d is { Code: "CAT101", File: "learn/binary.md" });
        Assert.Contains(result.Diagnostics, d => d is { Code: "CAT869", File: "learn/Bad Name.md" });
    }

    [Fact]
    public void A_missing_folder_has_no_pages()
    {
        var result = LearnPages.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.Empty(result.Pages);
        Assert.Empty(result.Diagnostics);
    }
}
