using System.Text;

namespace FleetCatalog.Rendering.Sanitizing;

/// <summary>
/// Invisible characters that make text or a link say something other than what the reader sees: bidirectional
/// overrides and isolates reorder text on screen ("Trojan Source"), and zero-width characters hide inside URLs.
/// </summary>
internal static class UnicodeControls
{
    /// <summary>U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates).</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Zero-width spaces and joiners, the word joiner, the byte-order mark and the direction marks.</summary>
    public static bool IsInvisible(char c) =>
        c is (>= '\u200B' and <= '\u200F') or '\u2060' or '\uFEFF' or '\u061C' or '\u180E' or '\u00AD';

    /// <summary>The text without bidirectional overrides and isolates; the same instance when it has none.</summary>
    public static string StripBidiControls(string text)
    {
        var first = IndexOf(text, IsBidiControl);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (!IsBidiControl(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A URL as the browser's URL parser reads it: without the tabs and line breaks it ignores, without surrounding
    /// control characters and spaces, and without invisible characters, so that "java&#9;script:" is seen for what it is
    /// and a link cannot lead somewhere other than the address it shows.
    /// </summary>
    public static string CleanUrl(string url)
    {
        var builder = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c is not ('\t' or '\n' or '\r') && !IsBidiControl(c) && !IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim(UrlTrim);
    }

    private static readonly char[] UrlTrim = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    private static int IndexOf(string text, Func<char, bool> match)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (match(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
