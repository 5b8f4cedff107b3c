using FleetCatalog.Sources.Logos;

namespace FleetCatalog.Tests.Sources.Logos;

public sealed class SvgSafetyTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "a <script> element")]
    [InlineData("<g><SCRIPT href=\"x.js\"/></g>", "a <SCRIPT> element")]
    [InlineData("<foreignObject width=\"10\" height=\"10\"><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>", "a <foreignObject> element")]
    [InlineData("<rect onclick=\"steal()\" width=\"1\" height=\"1\"/>", "an event handler (onclick=\"steal()\" on <rect>)")]
    [InlineData("<image href=\"https://example.com/tracker.png\" width=\"1\" height=\"1\"/>", "refers to 'https://example.com/tracker.png' (href on <image>)")]
    [InlineData("<use xlink:href=\"other.svg#icon\"/>", "refers to 'other.svg#icon' (xlink:href on <use>)")]
    [InlineData("<a href=\" java&#x09;script:alert(1)\"><rect/></a>", "a javascript: link (href on <a>)")]
    [InlineData("<image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>", "refers to 'data:image/svg+xml;base64,PHN2Zz4='")]
    [InlineData("<a><set attributeName=\"href\" to=\"#x\"/></a>", "animates a link (<set attributeName=\"href\">)")]
    [InlineData("<rect fill=\"url(https://example.com/p.svg#g)\"/>", "loads 'https://example.com/p.svg#g' from elsewhere")]
    [InlineData("<rect style=\"fill: url( 'http://example.com/x' )\"/>", "loads 'http://example.com/x' from elsewhere")]
    [InlineData("<style>@import url(#a); rect { fill: red }</style>", "imports a style sheet from elsewhere (@import)")]
    [InlineData("<style><![CDATA[ rect { background: \\75 rl(https://example.com/t) } ]]></style>", "its <style> element loads 'https://example.com/t'")]
    public void Svgs_that_could_run_code_or_load_from_elsewhere_are_unsafe(string body, string expected)
    {
        var result = ImageSniffer.Inspect(TestImages.Utf8(TestImages.Svg("viewBox=\"0 0 10 10\"", body)));

        Assert.Null(result.Image);
        Assert.Equal(LogoFailureKind.Unsafe, result.Failure);
        Assert.Contains(expected, result.Problem, StringComparison.Ordinal);
        Assert.Contains("the catalog serves logos from its own site", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_onload_on_the_root_svg_is_unsafe()
    {
        var result = ImageSniffer.Inspect(TestImages.Utf8(TestImages.Svg("viewBox=\"0 0 10 10\" onload=\"alert(1)\"")));

        Assert.Equal(LogoFailureKind.Unsafe, result.Failure);
        Assert.StartsWith("an SVG with an event handler (onload=\"alert(1)\" on <svg>)", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<use href=\"#icon\"/><use xlink:href=\"#icon\"/>")]
    [InlineData("<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/>")]
    [InlineData("<rect fill=\"url(#g)\" style=\"stroke: url(&quot;#s&quot;); opacity: .5\" offset=\"1\" orient=\"auto\"/>")]
    [InlineData("<style>.a { fill: url(#g) } /* a comment */</style><rect class=\"a\"/>")]
    [InlineData("<a href=\"#top\"><text>Online</text></a><animate attributeName=\"opacity\" from=\"0\" to=\"1\"/>")]
    [InlineData("<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></metadata>")]
    public void Ordinary_svg_features_are_safe(string body)
    {
        var result = ImageSniffer.Inspect(TestImages.Utf8(TestImages.Svg("viewBox=\"0 0 10 10\"", body)));

        Assert.Null(result.Failure);
        Assert.Equal(ImageFormat.Svg, result.Image?.Format);
    }
}
