using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Rendering.Markdown.GuideRendering;

namespace FleetCatalog.Tests.Rendering.Markdown;

public sealed class GuideRendererTests
{
    [Fact]
    public void Tables_are_rendered_inside_a_scrollable_named_group()
    {
        var html = Html("| Board | Works |\n|---|---|\n| Pi 4 | yes |\n");

        Assert.Contains("<div class=\"guide-table\" role=\"group\" tabindex=\"0\" aria-label=\"Table 1\"><table>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Board</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>yes</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_lists_become_named_disabled_checkboxes()
    {
        var html = Html("- [x] flash the card\n- [ ] plug in the sensor\n");

        Assert.Contains("<input type=\"checkbox\" disabled=\"\" checked=\"\" aria-label=\"Done\"> flash the card", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\"> plug in the sensor", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NOTE", "note", "Note")]
    [InlineData("TIP", "tip", "Tip")]
    [InlineData("IMPORTANT", "important", "Important")]
    [InlineData("WARNING", "warning", "Warning")]
    [InlineData("CAUTION", "caution", "Caution")]
    public void Alerts_become_notes_with_a_visible_title(string kind, string className, string title)
    {
        var html = Html($"> [!{kind}]\n> Unplug the board *first*.\n");

        Assert.Contains($"<aside class=\"guide-alert guide-alert-{className}\" role=\"note\">\n<p class=\"guide-alert-title\">{title}</p>\n<p>Unplug the board <em>first</em>.</p>\n</aside>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_quote_stays_a_quote()
    {
        Assert.Equal("<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n", Html("> Just a quote.\n"));
    }

    [Fact]
    public void Emoji_shortcodes_become_emoji_but_smileys_stay_text()
    {
        Assert.Equal("<p>Ready 🎉 :)</p>\n", Html("Ready :tada: :)\n"));
    }

    [Fact]
    public void Bare_urls_and_www_become_links()
    {
        var html = Html("See www.balena.io and https://docs.balena.io/learn.\n");

        Assert.Contains("<a href=\"https://www.balena.io\" rel=\"noopener nofollow ugc\">www.balena.io</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://docs.balena.io/learn\" rel=\"noopener nofollow ugc\">https://docs.balena.io/learn</a>.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Strikethrough_uses_del()
    {
        Assert.Equal("<p><del>old</del> new</p>\n", Html("~~old~~ new\n"));
    }

    [Fact]
    public void Footnotes_link_both_ways_with_prefixed_ids()
    {
        var html = Html("Works on a Pi[^pi].\n\n[^pi]: Any model with Wi-Fi.\n");

        Assert.Contains("<a id=\"guide-fnref:1\" href=\"#guide-fn:1\" class=\"footnote-ref\"><sup>1</sup></a>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"guide-fn:1\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#guide-fnref:1\" class=\"footnote-back-ref\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fenced_code_gets_its_language_class_and_a_hidden_copy_button()
    {
        var html = Html("```bash\nbalena push myfleet\n```\n");

        Assert.Equal(
            "<div class=\"guide-code\"><pre tabindex=\"0\"><code class=\"language-bash\">balena push myfleet\n</code></pre><button type=\"button\" class=\"copy\" hidden=\"\">Copy</button></div>\n",
            html);
    }

    [Fact]
    public void Indented_code_and_code_without_a_language_have_no_language_class()
    {
        var html = Html("    indented\n\n```\nplain\n```\n\n```{weird\"lang}\nx\n```\n");

        Assert.Equal(3, html.Split("<div class=\"guide-code\"><pre tabindex=\"0\"><code>").Length - 1);
    }

    [Fact]
    public void Code_is_escaped_and_never_markup()
    {
        var html = Html("```html\n<script>alert(1)</script>\n```\n");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        InertHtml.Assert(html);
    }

    [Fact]
    public void Readme_html_that_github_keeps_is_kept()
    {
        var html = Html("<details open><summary>Wiring</summary>\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>\n\n</details>\n");

        Assert.Contains("<details open=\"\"><summary>Wiring</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Alignment_becomes_a_class_and_sizes_plain_numbers()
    {
        var html = Html("<p align=\"center\"><img src=\"https://example.org/logo.png\" width=\"200px\" height=\"50%\" align=\"right\"></p>\n\n<center>Centered</center>\n");

        Assert.Contains("<p class=\"guide-align-center\"><img src=\"https://example.org/logo.png\" width=\"200\" class=\"guide-align-right\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("height", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"guide-align-center\">Centered</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Authors_classes_are_dropped()
    {
        Assert.Equal("<p><span>x</span></p>\n", Html("<span class=\"copy guide-deploy-note btn\">x</span>\n"));
    }

    [Fact]
    public void The_renderer_can_be_shared_between_threads()
    {
        var inputs = Enumerable.Range(0, 40).Select(i => $"# Guide {i}\n\n## Part {i}\n\n[link](docs/{i}.md) ![img](img/{i}.png)\n\n> [!TIP]\n> tip {i}\n").ToList();
        var expected = inputs.Select(i => Html(i)).ToList();

        var actual = inputs.AsParallel().WithDegreeOfParallelism(4).Select(i => Html(i)).ToList();

        Assert.Equal(expected, actual);
    }
}
