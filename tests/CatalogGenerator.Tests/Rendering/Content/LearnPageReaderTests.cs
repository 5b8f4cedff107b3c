using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Sources.Entries;
using static FleetCatalog.Tests.Rendering.Content.ContentTesting;

namespace FleetCatalog.Tests.Rendering.Content;

/// <summary>One learn page: front matter (CAT865, CAT866, CAT860), difficulty (CAT867), file name (CAT869), body (CAT870).</summary>
public sealed class LearnPageReaderTests
{
    [Fact]
    public void A_page_is_read_with_its_front_matter_and_body()
    {
        var (page, diagnostics) = ReadPage("---\ntitle: Getting started\nsummary: >-\n  From nothing\n  to a fleet.\norder: 1\ndifficulty: beginner\n---\n\n## What you need\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new LearnPage("getting-started", "Getting started", "From nothing to a fleet.", 1, Difficulty.Beginner,
            "\n## What you need\n", "site/learn/getting-started.md", 9), page);
    }

    [Fact]
    public void Windows_line_endings_and_a_dotted_closing_line_are_read()
    {
        var (page, diagnostics) = ReadPage(Page(GoodFrontMatter).Replace("\n", "\r\n", StringComparison.Ordinal).Replace("---\r\n\r\nSome", "...\r\n\r\nSome", StringComparison.Ordinal));

        Assert.Empty(diagnostics);
        Assert.Equal("\r\nSome text.\r\n", page!.MarkdownBody);
        Assert.Equal(7, page.BodyLine);
    }

    [Fact]
    public void A_page_without_front_matter_is_an_error_at_the_first_line()
    {
        var result = ReadPage("# Getting started\n\nText.\n");

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.LearnFrontMatterMissing.Code, finding.Code);
        AssertAt(finding, 1, 1);
        Assert.Contains("has no front matter", finding.Message, StringComparison.Ordinal);
        Assert.Null(result.Page);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_an_error()
    {
        var finding = SinglePage("---\ntitle: A\nsummary: B\n\nText.\n", DiagnosticCodes.LearnFrontMatterInvalid);

        AssertAt(finding, 1, 1);
        Assert.Contains("never closed", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    [InlineData("order")]
    [InlineData("difficulty")]
    public void Each_missing_front_matter_key_is_an_error_at_the_opening_line(string key)
    {
        var frontMatter = string.Concat(GoodFrontMatter.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(key + ":", StringComparison.Ordinal)).Select(l => l + "\n"));

        var result = ReadPage(Page(frontMatter));

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.LearnFrontMatterInvalid.Code, finding.Code);
        AssertAt(finding, 1, 1);
        Assert.Contains($"no '{key}'", finding.Message, StringComparison.Ordinal);
        Assert.Null(result.Page);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1.5")]
    [InlineData("first")]
    public void An_order_that_is_not_a_whole_number_from_one_is_an_error(string order)
    {
        var finding = SinglePage(Page(GoodFrontMatter.Replace("order: 1", $"order: {order}", StringComparison.Ordinal)), DiagnosticCodes.LearnFrontMatterInvalid);

        AssertAt(finding, 4, 8);
        Assert.Contains($"order '{order}' must be a whole number from 1", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("easy", "beginner")]
    [InlineData("Beginner", "beginner")]
    [InlineData("intermedate", "intermediate")]
    [InlineData("expert", "advanced")]
    public void An_unknown_difficulty_names_the_word_meant(string difficulty, string meant)
    {
        var finding = SinglePage(Page(GoodFrontMatter.Replace("difficulty: beginner", $"difficulty: {difficulty}", StringComparison.Ordinal)), DiagnosticCodes.LearnUnknownDifficulty);

        AssertAt(finding, 5, 13);
        Assert.Contains($"difficulty '{difficulty}'", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith($"did you mean '{meant}'?", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("advanced", "Advanced")]
    [InlineData("intermediate", "Intermediate")]
    public void The_other_difficulties_are_read(string difficulty, string expected)
    {
        var page = ReadPage(Page(GoodFrontMatter.Replace("beginner", difficulty, StringComparison.Ordinal))).Page;

        Assert.Equal(Enum.Parse<Difficulty>(expected), page!.Difficulty);
    }

    [Theory]
    [InlineData("description", "did you mean 'summary'?")]
    [InlineData("weight", "did you mean 'order'?")]
    [InlineData("titel", "did you mean 'title'?")]
    public void An_unknown_front_matter_key_names_the_key_meant(string key, string expected)
    {
        var finding = SinglePage(Page(GoodFrontMatter + $"{key}: x\n"), DiagnosticCodes.ContentUnknownKey);

        AssertAt(finding, 6, 1);
        Assert.EndsWith(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_error_in_the_front_matter_is_placed_on_the_files_own_line()
    {
        var finding = SinglePage(Page("title: Getting started\nsummary: [unclosed\norder: 1\ndifficulty: beginner\n"), DiagnosticCodes.YamlSyntaxError);

        Assert.InRange(finding.Span.Line, 3, 6);
    }

    [Fact]
    public void A_title_that_is_a_list_is_an_error_at_its_value()
    {
        var finding = SinglePage(Page(GoodFrontMatter.Replace("title: Getting started", "title: [a, b]", StringComparison.Ordinal)), DiagnosticCodes.LearnFrontMatterInvalid);

        AssertAt(finding, 2, 8);
    }

    [Fact]
    public void Front_matter_that_is_a_list_is_an_error()
    {
        var finding = SinglePage("---\n- title\n---\nText\n", DiagnosticCodes.LearnFrontMatterInvalid);

        AssertAt(finding, 2, 1);
    }

    [Theory]
    [InlineData("site/learn/Getting_Started.md", "rename it 'getting-started.md'")]
    [InlineData("site/learn/getting-started.markdown", "must be a '.md' file")]
    public void A_file_name_that_is_not_a_slug_is_an_error(string file, string expected)
    {
        var finding = SinglePage(Page(GoodFrontMatter), DiagnosticCodes.LearnSlugInvalid, file);

        Assert.True(finding.Span.IsNone);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Null(ReadPage(Page(GoodFrontMatter), file).Page);
    }

    [Fact]
    public void A_page_with_no_text_is_a_warning_and_still_read()
    {
        var (page, diagnostics) = ReadPage(Page(GoodFrontMatter, body: "\n  \n"));

        var finding = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.LearnPageEmpty.Code, DiagnosticSeverity.Warning), (finding.Code, finding.Severity));
        AssertAt(finding, 6, 1);
        Assert.NotNull(page);
    }
}
