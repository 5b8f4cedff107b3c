using System.Text;
using AngleSharp.Html.Parser;
using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Rendering.Sanitizing;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Sanitizing;

/// <summary>
/// The tree built without the parser must be the parser's, element for element and character for character, for
/// everything it accepts; what it cannot build that way it must refuse, so that the parser builds it.
/// </summary>
public sealed class WellFormedHtmlTreeTests
{
    private static readonly GuideMarkdown Markdown = new();

    [SharedDataFact]
    public void Every_corpus_readme_builds_the_parsers_tree_and_most_are_built_without_it()
    {
        var built = 0;
        var total = 0;
        foreach (var readme in Directory.EnumerateDirectories(TestPaths.Corpus).Order(StringComparer.Ordinal)
            .Select(dir => Path.Combine(dir, "README.md")).Where(File.Exists))
        {
            var html = Markdown.ToHtml(File.ReadAllText(readme), "README.md", new List<Diagnostic>());
            built += AssertSameTreeWhenBuilt(html, readme) ? 1 : 0;
            total++;
        }

        // 72 of the 75 corpus READMEs have no raw HTML, or only in shapes the parser builds as written.
        Assert.True(built * 10 >= total * 9, $"built {built} of {total} without the parser");
    }

    [Theory]
    [InlineData("<h1>Title</h1>\n<p>Text with <em>emphasis</em>, <strong>bold</strong>, <code>a &lt; b</code> and <del>gone</del>.</p>\n")]
    [InlineData("<ul>\n<li>one\n<ul>\n<li>nested</li>\n</ul>\n</li>\n<li><p>loose</p>\n</li>\n</ul>\n<ol start=\"3\">\n<li>three</li>\n</ol>\n")]
    [InlineData("<div class=\"guide-code\"><pre><code class=\"language-sh\">echo &quot;hi&quot; &amp;&amp; ls &gt; out\n</code></pre></div>\n")]
    [InlineData("<pre>\nfirst line kept by Markdown, dropped by the parser</pre>")]
    [InlineData("<table>\n<thead>\n<tr>\n<th style=\"text-align: left;\">A</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n")]
    [InlineData("<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" /> done</li>\n</ul>\n")]
    [InlineData("<p>A note<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>.</p>\n<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn:1\">\n<p>Said. <a href=\"#fnref:1\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n</ol>\n</div>\n")]
    [InlineData("<p><a href=\"https://example.com/?a=1&amp;b=2\" title=\"&quot;quoted&quot;\"><img src=\"logo.png\" alt=\"Logo\" /></a><br />\nnext &#x1F600; &#233;</p>\n")]
    [InlineData("<aside class=\"guide-alert guide-alert-note\">\n<p class=\"guide-alert-title\">Note</p>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n</aside>\n")]
    [InlineData("<p>raw<br/>html <img src=\"a.png\" width=\"20\"/> and <!-- a note -- with dashes --->comments</p>\n<ul>\n<!-- c -->\n<li>x</li>\n</ul>\n")]
    [InlineData("<div class=\"guide-code\"><pre><!-- x -->\nkept</pre></div>")]
    [InlineData("<p align=\"center\"><small><b><i>raw</i></b> <kbd>Ctrl</kbd></small> a < b, <3, <<3 at the end <</p>\n<details>\n<summary>More</summary>\n<picture><source srcset=\"a.png\"><img src=\"b.png\"></picture>\n</details>\n")]
    public void Markdigs_shapes_are_built_as_the_parser_builds_them(string html)
    {
        Assert.True(AssertSameTreeWhenBuilt(html, html), "not built without the parser");
    }

    [Theory]
    [InlineData("<p>a<div>block in a paragraph</div></p>")] // the parser closes the paragraph first
    [InlineData("<p>one<p>two")]
    [InlineData("<ul><li>a<li>b</ul>")]
    [InlineData("<li><sup><li>inside an inline element the parser still closes the item</li></sup></li>")]
    [InlineData("<a href=\"x\">one <a href=\"y\">two</a></a>")]
    [InlineData("<table><tr><td>no row group</td></tr></table>")]
    [InlineData("<table>text<thead></thead></table>")]
    [InlineData("<td>cell outside a table</td>")]
    [InlineData("<h1>one<h2>two</h2></h1>")]
    [InlineData("<p>a&nbsp;b</p>")]
    [InlineData("<p>&#128;</p>")]
    [InlineData("<p>&#0;</p>")]
    [InlineData("<p>&#xD800;</p>")]
    [InlineData("<p>a &amp b</p>")]
    [InlineData("<p>line\r\nbreak</p>")]
    [InlineData("<p>nul\0</p>")]
    [InlineData("<em/>text")]
    [InlineData("<p>unclosed")]
    [InlineData("<font color=\"red\">not built</font>")]
    [InlineData("<p align=center>unquoted</p>")]
    [InlineData("<p class='single'>quoted</p>")]
    [InlineData("<p id=\"a\" id=\"b\">twice</p>")]
    [InlineData("<p>x</P>")]
    [InlineData("<!--><p>x</p>")]
    [InlineData("<!---><p>x</p>")]
    [InlineData("<!-- a --!> b -->")]
    [InlineData("<p>a<!-- unclosed</p>")]
    [InlineData("<p>a &middot; b</p>")]
    [InlineData("<xose at allwize dot io>")]
    [InlineData("<p>a</ b></p>")]
    [InlineData("<p>a<!doctype html></p>")]
    [InlineData("<p>a<?php ?></p>")]
    [InlineData("<details><p>a<summary>x</summary></p></details>")]
    [InlineData("</br>")]
    [InlineData("<p>a</em></p>")]
    [InlineData("<P>upper case</P>")]
    [InlineData("<p>x</p >")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\" />")]
    public void Other_shapes_are_left_to_the_parser(string html)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>");

        // The last one is Markdig's shape, so it is built; the sanitiser, not this, removes the handler.
        Assert.Equal(html.Contains("onerror", StringComparison.Ordinal), WellFormedHtmlTree.TryAppend(html, document.Body!));
        AssertSameTreeWhenBuilt(html, html);
    }

    [Fact]
    public void Random_markdown_builds_the_parsers_tree_whenever_it_is_built()
    {
        var random = new Random(7);
        string[] pieces =
        [
            "# Heading *em*\n\n", "Text with **bold**, `code <x>`, ~~gone~~ & \"quotes\".\n\n", "- a\n- b\n  - c\n\n", "1. one\n\n2. two\n\n",
            "> quote\n> > deeper\n\n", "```sh\necho 'x' > y\n```\n\n", "    indented code\n\n", "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n",
            "- [x] done\n- [ ] open\n\n", "Note[^1].\n\n[^1]: The note.\n\n", "[link](https://example.com/a?b=1&c=2 \"title\")\n\n",
            "![img](docs/logo.png)\n\n", "<https://example.com>\n\n", "www.example.com and https://example.org\n\n", "---\n\n",
            "> [!WARNING]\n> Careful\n\n", ":smile: &copy; &#233;\n\n", "line  \nbreak\n\n", "<p align=\"center\"><img src=\"x.png\"></p>\n\n",
            "<details><summary>More</summary>\n\nHidden\n\n</details>\n\n", "text <br> inline <b>html</b>\n\n", "* [link *em*](#heading)\n\n",
            "Setext\n======\n\n", "<!-- comment -->\n\n", "a\tb\u00a0c\n\n", "<p>one <b>unclosed\n\n", "<table><tr><td>x</td></tr></table>\n\n",
            "<center>x<p>y</center>\n\n", "<ul><li>a<li>b</ul>\n\n",
        ];
        var built = 0;
        for (var i = 0; i < 300; i++)
        {
            var markdown = new StringBuilder();
            for (var n = random.Next(1, 12); n > 0; n--)
            {
                markdown.Append(pieces[random.Next(pieces.Length)]);
            }

            var html = Markdown.ToHtml(markdown.ToString(), "README.md", new List<Diagnostic>());
            built += AssertSameTreeWhenBuilt(html, markdown.ToString()) ? 1 : 0;
        }

        Assert.InRange(built, 30, 270); // both ways are exercised
    }

    [Theory]
    [InlineData(11, 3_000)]
    [InlineData(13, 100_000)]
    public void Random_html_builds_the_parsers_tree_whenever_it_is_built(int seed, int count)
    {
        var random = new Random(seed);
        string[] tags =
        [
            "p", "div", "ul", "ol", "li", "pre", "code", "em", "strong", "a", "b", "i", "h1", "h2", "table", "thead", "tbody", "tr",
            "td", "th", "details", "summary", "center", "span", "sup", "blockquote", "aside", "picture", "font", "dl", "dd", "button",
        ];
        string[] voids = ["br", "img", "hr", "input", "source", "wbr"];
        string[] texts = ["a", " ", "\n", "&amp;", "&lt;b&gt;", "&#233;", "&#x1F600;", "&quot;", "<3", "a < b", "&nbsp;", "&#128;", "\t"];
        string[] attributes = [" class=\"c\"", " href=\"#x\"", " id=\"i\"", " align=\"center\"", " title=\"&amp;&quot;\"", " data-x=\"1\""];
        var built = 0;
        for (var i = 0; i < count; i++)
        {
            var html = new StringBuilder();
            var open = new List<string>();
            for (var n = random.Next(1, 40); n > 0; n--)
            {
                switch (random.Next(10))
                {
                    case < 3:
                        var tag = tags[random.Next(tags.Length)];
                        html.Append('<').Append(tag).Append(random.Next(4) == 0 ? attributes[random.Next(attributes.Length)] : string.Empty).Append('>');
                        open.Add(tag);
                        break;
                    case < 6 when open.Count > 0:
                        // Mostly the innermost element, sometimes another one (a misnested close).
                        var close = random.Next(6) == 0 ? random.Next(open.Count) : open.Count - 1;
                        html.Append("</").Append(open[close]).Append('>');
                        open.RemoveAt(close);
                        break;
                    case 6:
                        html.Append('<').Append(voids[random.Next(voids.Length)]).Append(random.Next(3) switch { 0 => ">", 1 => "/>", _ => " />" });
                        break;
                    case 7:
                        html.Append("<!--").Append(texts[random.Next(texts.Length)]).Append("-->");
                        break;
                    default:
                        html.Append(texts[random.Next(texts.Length)]);
                        break;
                }
            }

            while (random.Next(3) > 0 && open.Count > 0)
            {
                html.Append("</").Append(open[^1]).Append('>');
                open.RemoveAt(open.Count - 1);
            }

            built += AssertSameTreeWhenBuilt(html.ToString(), html.ToString()) ? 1 : 0;
        }

        Assert.True(built > count / 20, $"built {built} of {count}");
    }

    private static bool AssertSameTreeWhenBuilt(string html, string what)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>");
        if (!WellFormedHtmlTree.TryAppend(html, document.Body!))
        {
            return false;
        }

        var parsed = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        Assert.True(document.DocumentElement.OuterHtml == parsed.DocumentElement.OuterHtml, $"{what}\n--- built:\n{document.DocumentElement.OuterHtml}\n--- parsed:\n{parsed.DocumentElement.OuterHtml}");
        Assert.Equal(Shape(parsed.DocumentElement), Shape(document.DocumentElement));
        return true;
    }

    // Node types and text node boundaries, which the HTML text alone does not show.
    private static string Shape(AngleSharp.Dom.INode node) =>
        $"{node.NodeType}:{node.NodeName}[{string.Join(',', node.ChildNodes.Select(Shape))}]";
}
