using System.Diagnostics;
using System.Text;
using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Rendering.Markdown.GuideRendering;

namespace FleetCatalog.Tests.Rendering.Markdown;

/// <summary>
/// Inputs that have made Markdown renderers and HTML parsers slow or crash (many from Markdig's and cmark's issue
/// histories): every one renders, inert, within a few seconds on a busy two-core machine.
/// </summary>
public sealed class GuideRobustnessTests
{
    // A guard against hangs and runaway work, not a speed target (speed is measured in bench/): generous so
    // that a loaded 2-core CI machine does not fail it. Every case takes about a second since the element budget.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, (Func<string> Markdown, string? Code)> Cases = new()
    {
        ["nested quotes"] = (() => new string('>', 10_000) + " deep\n", "CAT802"),
        ["nested lists"] = (() => string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- x\n")), "CAT802"),
        ["nested brackets"] = (() => new string('[', 50_000) + "x" + new string(']', 50_000), "CAT802"),
        ["emphasis delimiters"] = (() => string.Concat(Enumerable.Repeat("*a_", 10_000)), "CAT802"),
        ["emphasis runs"] = (() => new string('*', 10_000) + "a" + new string('_', 10_000), null),
        ["openers without closers"] = (() => string.Concat(Enumerable.Repeat("**a ", 20_000)), "CAT802"),
        ["backtick runs"] = (() => string.Concat(Enumerable.Range(1, 400).Select(i => new string('`', i) + "a ")), null),
        ["link openers"] = (() => string.Concat(Enumerable.Repeat("[a](", 20_000)), null),
        ["image openers"] = (() => string.Concat(Enumerable.Repeat("![", 50_000)), "CAT802"),
        ["reference definitions"] = (() => string.Concat(Enumerable.Range(0, 20_000).Select(i => $"[r{i}]: https://example.org/{i}\n")) + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"[r{i}] ")), "CAT800"),
        ["wide table"] = (() => "|" + string.Concat(Enumerable.Repeat(" a |", 3_000)) + "\n|" + string.Concat(Enumerable.Repeat("---|", 3_000)) + "\n|" + string.Concat(Enumerable.Repeat(" b |", 3_000)) + "\n", null),
        ["long table"] = (() => "| a | b |\n|---|---|\n" + string.Concat(Enumerable.Repeat("| x | y |\n", 50_000)), "CAT800"),
        ["nested divs"] = (() => string.Concat(Enumerable.Repeat("<div>", 100_000)), "CAT803"),
        ["nested inline html"] = (() => "x " + string.Concat(Enumerable.Repeat("<span>", 100_000)), "CAT803"),
        ["formatting left open"] = (() => string.Concat(Enumerable.Range(0, 1_000).Select(i => $"<b title=\"{i}\">")) + "\n\n" + string.Concat(Enumerable.Repeat("para\n\n", 50_000)), "CAT803,CAT800"),
        ["tags that close nothing"] = (() => string.Concat(Enumerable.Repeat("</div></p></b>", 50_000)), null),
        ["angle brackets"] = (() => new string('<', 200_000), null),
        ["entities"] = (() => string.Concat(Enumerable.Repeat("&amp;&#x1F600;&#0;&bogus;", 40_000)), null),
        ["footnotes"] = (() => string.Concat(Enumerable.Range(0, 5_000).Select(i => $"x[^{i}]\n\n[^{i}]: note {i}\n\n")), "CAT800"),
        ["emoji"] = (() => string.Concat(Enumerable.Repeat(":tada::x::smile:", 50_000)), null),
        ["autolinks"] = (() => string.Concat(Enumerable.Repeat("www.a.b https://x.y/( ", 30_000)), null),
        ["headings"] = (() => string.Concat(Enumerable.Repeat("## Same\n", 30_000)), "CAT800"),
        ["one long line"] = (() => new string('a', 900_000), null),
        ["null characters"] = (() => new string('\0', 100_000), null),
        ["unclosed fence"] = (() => "```\n" + string.Concat(Enumerable.Repeat("<script>x</script>\n", 50_000)), null),
        ["unclosed comment"] = (() => "<!--" + new string('-', 500_000), null),
        ["a megabyte of headings"] = (() => string.Concat(Enumerable.Repeat("## a\n", 200_000)), "CAT800"),
        ["a megabyte of tiny tables"] = (() => string.Concat(Enumerable.Repeat("|a|\n|-|\n\n", 100_000)), "CAT800"),
        ["a megabyte of center tags"] = (() => string.Concat(Enumerable.Repeat("<center>x</center>\n", 50_000)), "CAT800"),
        ["a megabyte of font tags"] = (() => string.Concat(Enumerable.Repeat("<font>x</font> ", 60_000)), "CAT800"),
        ["forty thousand bare urls"] = (() => string.Concat(Enumerable.Repeat("https://x.y/a ", 40_000)), null),
    };

    public static TheoryData<string> Pathological => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_guides_render_inert_and_fast(string name)
    {
        var (make, expectedCode) = Cases[name];
        var markdown = make();
        var clock = Stopwatch.StartNew();

        var guide = Render(markdown);

        clock.Stop();
        Assert.True(clock.Elapsed < Budget, $"{name} took {clock.Elapsed.TotalSeconds:0.0} s");
        InertHtml.Assert(guide.Html);
        Assert.Equal(expectedCode is null ? [] : expectedCode.Split(','), guide.Findings.Select(f => f.Code));
    }

    [Fact]
    public void A_five_megabyte_readme_is_cut_to_one_megabyte_and_renders_in_bounded_time()
    {
        var section = new StringBuilder()
            .Append("## Section\n\nSome *text* with a [link](docs/a.md) and ![image](img/a.png) and `code`.\n\n")
            .Append("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] task\n- item\n\n> [!NOTE]\n> note\n\n")
            .Append("<details><summary>More</summary>\n\n<p align=\"center\"><img src=\"a.png\" width=\"100\"></p>\n\n</details>\n\n")
            .Append("```python\nprint('hello')\n```\n\n")
            .ToString();
        var markdown = new StringBuilder();
        while (markdown.Length < 5 * 1024 * 1024)
        {
            markdown.Append(section);
        }

        var clock = Stopwatch.StartNew();
        var guide = Render(markdown.ToString());
        clock.Stop();

        Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.All(guide.Findings, f => Assert.Equal("CAT800", f.Code));
        Assert.NotEmpty(guide.Findings);
        Assert.True(guide.Headings.Length > 100);
        InertHtml.Assert(guide.Html);
    }
}
