using System.Collections.Immutable;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// Splits names and values into lower-case words, so that <c>API_KEY</c>, <c>apiKey</c>,
/// <c>api-key</c> and <c>YOUR API KEY</c> read alike: breaks at anything that is not a letter or a
/// digit, and at camelCase humps (<c>apiKey</c>, <c>XMLParser</c>); digits stay with their letters.
/// </summary>
internal static class Words
{
    public static ImmutableArray<string> Split(string text)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start >= 0 && IsHump(text, i))
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = i;
            }

            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words.ToImmutable();
    }

    private static bool IsHump(string text, int i) =>
        char.IsUpper(text[i])
        && (char.IsLower(text[i - 1])
            || (!char.IsLower(text[i - 1]) && i + 1 < text.Length && char.IsLower(text[i + 1])));
}
