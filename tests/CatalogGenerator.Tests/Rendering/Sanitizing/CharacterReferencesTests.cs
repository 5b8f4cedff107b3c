using System.Text;
using FleetCatalog.Rendering.Sanitizing;

namespace FleetCatalog.Tests.Rendering.Sanitizing;

public sealed class CharacterReferencesTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a &amp; b &lt;c&gt; &quot;d&quot;", "a & b <c> \"d\"")]
    [InlineData("back &#8617; smile &#x1F600; &#X41;", "back \u21a9 smile \U0001F600 A")]
    [InlineData("tab&#9;line&#10;end", "tab\tline\nend")]
    public void Decodes_what_Markdig_writes(string text, string expected)
    {
        Assert.Equal(expected, CharacterReferences.Decode(text, new StringBuilder()));
    }

    [Theory]
    [InlineData("&nbsp;")] // named references other than Markdig's four
    [InlineData("a & b")] // a bare ampersand
    [InlineData("&amp")] // no semicolon
    [InlineData("&#0;")]
    [InlineData("&#128;")] // windows-1252 mapping
    [InlineData("&#xD800;")] // surrogate
    [InlineData("&#x110000;")]
    [InlineData("&#13;")] // control character
    [InlineData("&#00000065;")] // more digits than accepted
    [InlineData("&#;")]
    public void Leaves_every_other_reference_to_the_parser(string text)
    {
        Assert.Null(CharacterReferences.Decode(text, new StringBuilder()));
    }
}
