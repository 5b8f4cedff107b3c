using FleetCatalog.Rendering.Sanitizing;

namespace FleetCatalog.Tests.Rendering.Sanitizing;

public sealed class HtmlShapeTests
{
    [Theory]
    [InlineData("<p>a <b>b</b> <img src=x> <br> c</p>")]
    [InlineData("<p>one<p>two<p>three")]
    [InlineData("<ul><li>a<li>b</ul>")]
    [InlineData("<p>one unclosed <b>bold</p><p>next</p>")]
    [InlineData("<!-- <div><div><div> -->")]
    [InlineData("a < b and c<d")]
    public void Ordinary_html_is_fine(string html)
    {
        Assert.Null(HtmlShape.Problem(html));
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        Assert.Contains("nests elements more than 256 levels deep", HtmlShape.Problem(string.Concat(Enumerable.Repeat("<div>", 300))), StringComparison.Ordinal);
        Assert.Null(HtmlShape.Problem(string.Concat(Enumerable.Repeat("<div>", 200))));
    }

    [Fact]
    public void Many_formatting_tags_left_open_are_refused()
    {
        var html = string.Concat(Enumerable.Range(0, 20).Select(i => $"<p><b title={i}>x</p>"));

        Assert.Contains("leaves more than 16 formatting tags", HtmlShape.Problem(html), StringComparison.Ordinal);
    }
}
