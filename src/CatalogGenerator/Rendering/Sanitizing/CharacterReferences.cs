using System.Globalization;
using System.Text;

namespace FleetCatalog.Rendering.Sanitizing;

/// <summary>
/// The character references Markdig writes, decoded as the HTML parser decodes them: the four it escapes with
/// (<c>&amp;amp; &amp;lt; &amp;gt; &amp;quot;</c>) and numbers (a footnote's back link is <c>&amp;#8617;</c>). Null for
/// any other reference, or a number the parser would map to another character: the caller then leaves the text to it.
/// </summary>
internal static class CharacterReferences
{
    public static string? Decode(ReadOnlySpan<char> text, StringBuilder buffer)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text.ToString();
        }

        buffer.Clear();
        while (amp >= 0)
        {
            buffer.Append(text[..amp]);
            text = text[amp..];
            var semicolon = text.IndexOf(';');
            if (semicolon < 0 || Reference(text[1..semicolon]) is not { } decoded)
            {
                return null;
            }

            buffer.Append(decoded);
            text = text[(semicolon + 1)..];
            amp = text.IndexOf('&');
        }

        return buffer.Append(text).ToString();
    }

    private static string? Reference(ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
        }

        if (name.Length < 2 || name[0] != '#')
        {
            return null;
        }

        var hex = name[1] is 'x' or 'X';
        var digits = hex ? name[2..] : name[1..];
        if (digits.Length is 0 or > 7 || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        // The parser maps these to other characters (or U+FFFD); left to it.
        var mapped = code is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) or (>= 0x7F and <= 0x9F) || (code < 0x20 && code is not ('\t' or '\n'));
        return mapped ? null : char.ConvertFromUtf32(code);
    }
}
