using System.Text;
using FleetCatalog.Manifests;

namespace FleetCatalog.Tests.Verdicts;

/// <summary>Invisible characters in a manifest's texts reach no page, feed, JSON file or badge; the visible text does.</summary>
public sealed class CleanTextTests(VerdictSite site) : IClassFixture<VerdictSite>
{
    public static TheoryData<string> Files =>
        ["projects/has-error/index.html", "projects/index.html", "index.html", "status/index.html", "feed.xml", "catalog.json", "projects/has-error.json", "sitemap.xml"];

    [Theory]
    [MemberData(nameof(Files))]
    public void No_file_the_site_publishes_holds_a_hidden_character(string file)
    {
        var text = site.Read(file);
        var at = text.IndexOfAny([.. VerdictSite.Hidden.Where(c => !char.IsSurrogate(c))]);

        Assert.True(at < 0, $"{file} holds U+{(at < 0 ? 0 : (int)text[at]):X4} in: {(at < 0 ? "" : text[Math.Max(0, at - 300)..Math.Min(text.Length, at + 100)])}");
        Assert.DoesNotContain("\U000E0041", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("projects/has-error/index.html", "Has error")]
    [InlineData("projects/has-error/index.html", "Says olleh twice")]
    [InlineData("projects/has-error/index.html", "COLOUR")]
    [InlineData("projects/has-error/index.html", "Version 1.0.0<")]
    [InlineData("status/index.html", "Has error")]
    [InlineData("feed.xml", "<title type=\"text\">Has error</title>")]
    [InlineData("catalog.json", "\"name\": \"Has error\"")]
    [InlineData("projects/has-error.json", "\"version\": \"1.0.0\"")]
    public void The_visible_text_is_published(string file, string expected)
    {
        Assert.Contains(expected, site.Read(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_site_file_is_free_of_bidi_controls()
    {
        var published = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".json" or ".xml" or ".svg" or ".txt")
            .Where(f => File.ReadAllText(f).Any(c => VisibleText.IsBidiControl(c)))
            .Select(f => Path.GetRelativePath(site.Output, f));

        Assert.Empty(published);
    }

    [Theory]
    [InlineData("a\u202Eb\u2066c\u200Ed\u200Fe\u061Cf", "abcdef")]
    [InlineData("tab\tand\nline", "tab\tand\nline")]
    [InlineData("bell\u0007 nul\u0000 c1\u0085 zwsp\u200B bom\uFEFF shy\u00AD", "bell nul c1 zwsp bom shy")]
    [InlineData("family 👨\u200D👩\u200D👧, ZWNJ\u200C kept", "family 👨\u200D👩\u200D👧, ZWNJ\u200C kept")]
    public void Clean_removes_what_hides_and_keeps_what_joins(string text, string expected)
    {
        Assert.Equal(expected, VisibleText.Clean(text));
        Assert.Equal(expected, VisibleText.Clean(text + "\U000E0041\U000E007F"));
    }

    [Fact]
    public void Clean_text_is_returned_as_is()
    {
        var text = new StringBuilder("plain text, ünïcödé, 日本語").ToString();

        Assert.Same(text, VisibleText.Clean(text));
    }
}
