using System.Text;
using System.Text.RegularExpressions;

namespace FleetCatalog.Sources.Entries;

/// <summary>Lower-case kebab-case names (<c>home-automation</c>), used for entry slugs, categories and tags.</summary>
internal static partial class Slugs
{
    public const int MaxLength = 64;

    public static bool IsKebabCase(string text) => text.Length <= MaxLength && KebabCase().IsMatch(text);

    /// <summary>The kebab-case form of <paramref name="text"/> (<c>Home_Assistant</c> → <c>home-assistant</c>), or empty when nothing is left.</summary>
    public static string ToKebabCase(string text)
    {
        var result = new StringBuilder();
        var previous = '\0';
        foreach (var c in text.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                // "balenaSense" → "balena-sense": a word boundary inside camel case.
                if (char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(previous))
                {
                    result.Append('-');
                }

                result.Append(char.ToLowerInvariant(c));
            }
            else if (result.Length > 0 && result[^1] != '-')
            {
                result.Append('-');
            }

            previous = c;
        }

        return result.ToString().Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
