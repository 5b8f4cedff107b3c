using FleetCatalog.Tests.Testing;
using FleetCatalog.Rendering.Markdown;
using static FleetCatalog.Tests.Rendering.Markdown.GuideRendering;

namespace FleetCatalog.Tests.Rendering.Markdown.Headings;

public sealed class GuideHeadingsTests
{
    [Fact]
    public void Headings_get_prefixed_github_ids_and_a_named_anchor_link()
    {
        var html = Html("## Getting started\n");

        Assert.Equal(
            "<div class=\"guide-heading\"><h2 id=\"guide-getting-started\">Getting started</h2><a class=\"guide-heading-anchor\" href=\"#guide-getting-started\" aria-label=\"Link to this section: Getting started\"><span aria-hidden=\"true\">#</span></a></div>\n",
            html);
    }

    [Fact]
    public void Headings_are_listed_with_level_text_and_id_and_repeated_ones_stay_unique()
    {
        var guide = Render("# Weather station\n\n## Setup\n\n### Wi-Fi & Ethernet\n\n## Setup\n\n<h2>Raw <em>HTML</em> heading</h2>\n");

        Assert.Equal(
            new[]
            {
                new GuideHeading(1, "Weather station", "guide-weather-station"),
                new GuideHeading(2, "Setup", "guide-setup"),
                new GuideHeading(3, "Wi-Fi & Ethernet", "guide-wi-fi--ethernet"),
                new GuideHeading(2, "Setup", "guide-setup-1"),
                new GuideHeading(2, "Raw HTML heading", "guide-raw-html-heading"),
            },
            guide.Headings.ToArray());
    }

    [Fact]
    public void Title_is_the_first_h1_even_in_raw_html()
    {
        var guide = Render("<p align=\"center\"><img src=\"logo.png\"></p>\n\n<h1 align=\"center\">\n  balena  Sense\n</h1>\n\n## About\n");

        Assert.Equal("balena Sense", guide.Title);
    }

    [Fact]
    public void Without_an_h1_there_is_no_title()
    {
        Assert.Null(Render("## Only sections\n").Title);
    }

    [Fact]
    public void Drop_title_removes_the_leading_h1_and_keeps_reporting_it()
    {
        var guide = Render("# balenaSense\n\n## Setup\n", Context() with { DropTitle = true, HighestHeadingLevel = 2 });

        Assert.Equal("balenaSense", guide.Title);
        Assert.DoesNotContain("<h1", guide.Html, StringComparison.Ordinal);
        Assert.Equal(new[] { new GuideHeading(2, "Setup", "guide-setup") }, guide.Headings.ToArray());
    }

    [Fact]
    public void Drop_title_keeps_an_h1_that_is_not_the_first_heading()
    {
        var guide = Render("## Intro\n\n# Later\n", Context() with { DropTitle = true });

        Assert.Contains("<h1 id=\"guide-later\">Later</h1>", guide.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_move_down_below_the_pages_own_keeping_their_outline()
    {
        var guide = Render("# Install\n\n## Flash\n\n###### Deep\n\n# Use\n", Context() with { HighestHeadingLevel = 2 });

        Assert.Equal([2, 3, 6, 2], guide.Headings.Select(h => h.Level));
        Assert.Contains("<h3 id=\"guide-flash\">Flash</h3>", guide.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_written_for_github_anchors_reach_the_prefixed_heading()
    {
        var html = Html("[Go](#wi-fi-setup) [Case](#Wi-Fi-Setup) [Here](README.md#wi-fi-setup) [Else](#nowhere)\n\n## Wi-Fi setup\n");

        Assert.Contains("<a href=\"#guide-wi-fi-setup\">Go</a> <a href=\"#guide-wi-fi-setup\">Case</a> <a href=\"#guide-wi-fi-setup\">Here</a> Else", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_heading_the_guide_lacks_becomes_plain_text_with_a_warning()
    {
        var guide = Render("[Else](#nowhere) [Again](#nowhere) [Other](#gone)\n\n## Wi-Fi setup\n", Context());

        Assert.DoesNotContain("href=\"#nowhere\"", guide.Html, StringComparison.Ordinal);
        var finding = Assert.Single(guide.Findings);
        Assert.Equal("CAT804", finding.Code);
        Assert.Contains("'#nowhere', '#gone'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Authors_ids_and_old_anchors_are_prefixed_and_never_duplicated()
    {
        var html = Html("<a name=\"top\"></a>\n\n<div id=\"main\">x</div>\n\n<div id=\"main\">y</div>\n\n## Setup\n\n<p id=\"setup\">z</p>\n\n[top](#top) [main](#main)\n");

        Assert.Contains("<a id=\"guide-top\"></a>", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"guide-main\">x</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div>y</div>", html, StringComparison.Ordinal);
        Assert.Contains("<p>z</p>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#guide-top\">top</a> <a href=\"#guide-main\">main</a>", html, StringComparison.Ordinal);
        InertHtml.Assert(html);
    }

    [Fact]
    public void A_heading_in_a_summary_gets_no_anchor()
    {
        var html = Html("<details><summary><h3>More</h3></summary>\n\nx\n\n</details>\n");

        Assert.Contains("<summary><h3 id=\"guide-more\">More</h3></summary>", html, StringComparison.Ordinal);
    }
}
