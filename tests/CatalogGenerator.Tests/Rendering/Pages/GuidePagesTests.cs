using FleetCatalog.Rendering.Pages;

namespace FleetCatalog.Tests.Rendering.Pages;

public sealed class GuidePagesTests
{
    [Theory]
    [InlineData("Open the dashboard.", "Open the dashboard.", true)]
    [InlineData("  Open  the\n\ndashboard.\n", "Open the dashboard.", true)]
    [InlineData("Open\u00a0the\tdashboard.", "Open the dashboard.", true)]
    [InlineData("Open the dashboard.", "Open the  dashboard!", false)]
    [InlineData("Open the", "Open the dashboard.", false)]
    [InlineData("", " \n ", true)]
    [InlineData("Opent he", "Open the", false)]
    public void Post_provisioning_text_is_the_readme_when_its_words_are(string a, string b, bool same)
    {
        Assert.Equal(same, GuidePages.SameText(a, b));
        Assert.Equal(same, GuidePages.SameText(b, a));
    }

    [Fact]
    public void It_agrees_with_comparing_the_texts_split_into_words()
    {
        // The definition it replaced: split on white space, drop empty words, join with one space, compare.
        static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var random = new Random(7);
        string[] pieces = ["a", "b", "ab", " ", "  ", "\n", "\t", "\u00a0", "\u2028", "é", "."];
        string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
        var same = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var (a, b) = (Text(), Text());
            var expected = Words(a) == Words(b);
            Assert.True(expected == GuidePages.SameText(a, b), $"'{a}' / '{b}'");
            same += expected ? 1 : 0;
        }

        Assert.InRange(same, 200, 19_000);
    }
}
