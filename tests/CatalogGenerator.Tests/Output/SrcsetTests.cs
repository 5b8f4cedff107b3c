using FleetCatalog.Output;

namespace FleetCatalog.Tests.Output;

public sealed class SrcsetTests
{
    [Theory]
    [InlineData("a.png", "a.png")]
    [InlineData("a.png 1x, b.png 2x", "a.png|b.png")]
    [InlineData("a.png 100w,b.png 200w", "a.png|b.png")]
    [InlineData("a.png,b.png", "a.png,b.png")]
    [InlineData("  a,b.png 1x ,  c.png  ", "a,b.png|c.png")]
    [InlineData("", "")]
    public void Srcset_urls_are_read_as_browsers_read_them(string srcset, string expected)
    {
        Assert.Equal(expected, string.Join('|', Srcset.Urls(srcset)));
    }
}
