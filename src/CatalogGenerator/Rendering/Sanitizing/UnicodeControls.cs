using System.Text;
using FleetCatalog.Manifests;

namespace FleetCatalog.Rendering.Sanitizing;

/// <summary>
/// Invisible characters that make text or a link say something other than what the reader sees: bidirectional
/// overrides and isolates reorder text on screen ("Trojan Source"), and zero-width characters hide inside URLs.
/// </summary>
internal static class UnicodeControls
{
    /// <summary>U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates).</summary>
    public static bool IsBidiControl(char c) => VisibleText.IsBidiControl(c);

    /// <summary>Zero-width spaces and joiners, the word joiner, the byte-order mark and the direction marks.</summary>
    public static bool IsInvisible(char c) =>
        c is (>= '\u200B' and <= '\u200F') or '\u2060' or '\uFEFF' or '\u061C' or '\u180E' or '\u00AD';

    /// <summary>The text without bidirectional overrides and isolates; the same instance when it has none.</summary>
    public static string StripBidiControls(string text) => VisibleText.Without(text, r => VisibleText.IsBidiControl(r.Value));

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
}
