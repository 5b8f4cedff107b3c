using FleetCatalog.Rendering.Sanitizing;

namespace FleetCatalog.Tests.Rendering.Sanitizing;

public sealed class UnicodeControlsTests
{
    [Fact]
    public void Every_bidi_override_and_isolate_is_stripped()
    {
        var controls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

        Assert.Equal("ab", UnicodeControls.StripBidiControls("a" + controls + "b"));
    }

    [Fact]
    public void Text_without_controls_is_returned_as_is()
    {
        var text = "plain \u200F text";

        Assert.Same(text, UnicodeControls.StripBidiControls(text));
    }

    [Theory]
    [InlineData(" java\tscript:alert(1)\n", "javascript:alert(1)")]
    [InlineData("https://exa\u200Bmple.org/\u2060a\u00ADb", "https://example.org/ab")]
    [InlineData("\u0001\u0008https://example.org \u0000", "https://example.org")]
    public void Urls_are_read_as_browsers_read_them(string url, string expected)
    {
        Assert.Equal(expected, UnicodeControls.CleanUrl(url));
    }
}
