using System.Globalization;
using System.Text;

namespace FleetCatalog.Manifests;

/// <summary>
/// Text from a project's files as a page may show it. Invisible characters make text read differently from what it
/// is: bidirectional controls reorder it on screen ("Trojan Source"), direction marks and zero-width characters hide
/// inside names, control characters break titles and feeds. One loop removes them, for manifest text and READMEs alike.
/// </summary>
internal static class VisibleText
{
    /// <summary>U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates).</summary>
    public static bool IsBidiControl(int codePoint) => codePoint is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    /// <summary>
    /// What manifest text loses: bidirectional controls, direction marks (U+200E, U+200F, U+061C), control characters
    /// other than tab and line breaks, and every other invisible format character (zero-width spaces, the byte-order mark,
    /// soft hyphens, tag characters). Zero-width joiners and non-joiners stay: emoji sequences and several scripts need them.
    /// </summary>
    public static bool IsHidden(Rune r) => r.Value switch
    {
        '\t' or '\n' or '\r' or 0x200C or 0x200D => false,
        _ => IsBidiControl(r.Value) || Rune.GetUnicodeCategory(r) is UnicodeCategory.Control or UnicodeCategory.Format,
    };

    /// <summary>Manifest text as pages, feeds and JSON show it (<see cref="IsHidden"/> removed); the same instance when nothing is.</summary>
    public static string Clean(string text) => Without(text, IsHidden);

    /// <summary>
    /// Text for an author (a finding's message quoting a manifest value): each <see cref="IsHidden"/> character written as
    /// an escape (<c>\u200E</c>), so that "'1.0.0' is not semver" does not look wrong, and nothing reorders the page.
    /// </summary>
    public static string Escaped(string text) =>
        Replace(text, IsHidden, r => r.IsBmp
            ? string.Create(CultureInfo.InvariantCulture, $"\\u{r.Value:X4}")
            : string.Create(CultureInfo.InvariantCulture, $"\\U{r.Value:X8}"));

    /// <summary>The text without the characters <paramref name="hidden"/> picks; the same instance when it picks none.</summary>
    public static string Without(string text, Func<Rune, bool> hidden) => Replace(text, hidden, _ => string.Empty);

    private static string Replace(string text, Func<Rune, bool> hidden, Func<Rune, string> replacement)
    {
        var builder = default(StringBuilder);
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (hidden(rune))
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, index);
                builder.Append(replacement(rune));
            }
            else
            {
                builder?.Append(text, index, rune.Utf16SequenceLength);
            }

            index += rune.Utf16SequenceLength;
        }

        return builder?.ToString() ?? text;
    }
}
