using System.Globalization;
using System.Text;

namespace FleetCatalog.Rendering.Markdown.Headings;

/// <summary>
/// Heading anchors as GitHub makes them (github-slugger): lower case, every character but letters, digits, marks,
/// <c>_</c>, <c>-</c> and spaces dropped, spaces turned into hyphens; a repeated slug gets <c>-1</c>, <c>-2</c>...
/// so that links written for GitHub (<c>#getting-started</c>) find the same heading here. One instance per document.
/// </summary>
internal sealed class GitHubSlugger
{
    private readonly Dictionary<string, int> occurrences = new(StringComparer.Ordinal);

    public string Slug(string text)
    {
        var original = Slugify(text);
        var slug = original;
        while (occurrences.ContainsKey(slug))
        {
            occurrences[original]++;
            slug = original + "-" + occurrences[original].ToString(CultureInfo.InvariantCulture);
        }

        occurrences[slug] = 0;
        return slug;
    }

    private static string Slugify(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var rune in text.ToLowerInvariant().EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                slug.Append('-');
            }
            else if (rune.Value == '-' || IsWordCharacter(Rune.GetUnicodeCategory(rune)))
            {
                slug.Append(rune.ToString());
            }
        }

        return slug.ToString();
    }

    private static bool IsWordCharacter(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
