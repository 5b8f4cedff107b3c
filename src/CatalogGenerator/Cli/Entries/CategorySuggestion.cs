using System.Text.RegularExpressions;
using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Cli.Entries;

/// <summary>
/// A first guess at a new entry's category, for the contributor to check: the words of each category (slug, name,
/// description in site/categories.yml) matched against the repository's GitHub topics and the manifest's name (weighed
/// most), its descriptions, and the words of its README (weighed least, each word once).
/// </summary>
internal static partial class CategorySuggestion
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "and", "the", "for", "such", "other", "that", "what", "with", "your", "own", "you", "run", "any", "ways", "add",
        "read", "keep", "eye", "on", "or", "to", "of", "at", "as", "in", "a", "an", "ready", "made", "services", "project",
    };

    /// <returns>The best category and the words that matched it, or null when nothing matched.</returns>
    public static (Category Category, IReadOnlyList<string> Words)? Suggest(
        CategoryList categories, IEnumerable<string> topics, string? name, IEnumerable<string?> descriptions, string? readme)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(weights, topics.SelectMany(Words), 4);
        Add(weights, Words(name), 4);
        Add(weights, descriptions.SelectMany(Words), 2);
        Add(weights, Words(readme).Distinct(), 1);

        (Category Category, IReadOnlyList<string> Words, int Score)? best = null;
        foreach (var category in categories.All)
        {
            var vocabulary = Words($"{category.Slug} {category.Name} {category.Description}").Where(w => !Ignored.Contains(w)).ToHashSet(StringComparer.Ordinal);
            var matched = vocabulary.Where(weights.ContainsKey).OrderByDescending(w => weights[w]).ThenBy(w => w, StringComparer.Ordinal).ToList();
            var score = matched.Sum(w => weights[w]);
            if (score > 0 && (best is null || score > best.Value.Score))
            {
                best = (category, matched, score);
            }
        }

        return best is { } found ? (found.Category, found.Words) : null;
    }

    private static void Add(Dictionary<string, int> weights, IEnumerable<string> words, int weight)
    {
        foreach (var word in words)
        {
            weights[word] = weights.GetValueOrDefault(word) + weight;
        }
    }

    // Lower-case words of three letters or more, a plural 's' dropped, so "sensors" matches "sensor".
    private static IEnumerable<string> Words(string? text) =>
        text is null
            ? []
            : WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value.Length > 3 && m.Value.EndsWith('s') && !m.Value.EndsWith("ss", StringComparison.Ordinal) ? m.Value[..^1] : m.Value)
                .Where(w => w.Length >= 3 && !Ignored.Contains(w));

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();
}
