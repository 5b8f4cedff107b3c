using System.Text;
using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Cli.Entries;

/// <summary>
/// The text of the <c>projects/&lt;slug&gt;.yml</c> that <c>catalog add</c> writes: the schema line editors use for
/// completion, the repository, the suggested category, and the editorial fields as commented lines with their allowed
/// values, for the contributor to fill in (a value left commented out is simply not shown on the site).
/// </summary>
internal static class NewEntryText
{
    public const string SchemaPath = "schemas/catalog-entry.schema.json";

    public static string Create(
        string baseUrl, string repository, CategoryList categories, Category? category, string categoryNote, IEnumerable<string> tags)
    {
        var text = new StringBuilder();
        text.Append("# yaml-language-server: $schema=").Append(baseUrl.TrimEnd('/')).Append('/').Append(SchemaPath).Append('\n');
        text.Append("repository: ").Append(repository).Append('\n');
        text.Append("# ").Append(categoryNote).Append(" One of: ").Append(string.Join(", ", categories.Slugs)).Append('.').Append('\n');
        text.Append(category is null ? "# category: " : "category: ").Append(category?.Slug ?? string.Empty).Append('\n');
        text.Append("# Fill these in for the project's page, then remove the '# ' before each line you keep:\n");
        text.Append("# difficulty: beginner   # ").Append(string.Join(", ", Enum.GetNames<Difficulty>().Select(d => d.ToLowerInvariant()))).Append(": how much a maker needs to know\n");
        text.Append("# duration: 30m          # how long the setup takes, such as 15m, 1h or 1h30m\n");
        text.Append("# hardware:              # what to get besides the board; optional: true for what the project works without\n");
        text.Append("#   - { name: \"USB microphone\", quantity: 1, optional: false }\n");
        var suggested = tags.ToList();
        text.Append("# tags: [").Append(suggested.Count > 0 ? string.Join(", ", suggested) : "word, another-word").Append(']')
            .Append(suggested.Count > 0 ? "   # from the repository's topics; lower-case words with hyphens\n" : "   # lower-case words with hyphens\n");
        return text.ToString();
    }

    /// <summary>The repository's topics as tags: kebab case, without the words every project here shares.</summary>
    public static IReadOnlyList<string> TagsFrom(IEnumerable<string> topics) =>
        [.. topics.Select(Slugs.ToKebabCase).Where(t => t.Length > 0 && Slugs.IsKebabCase(t) && t is not ("balena" or "balena-io" or "balenacloud" or "iot"))
            .Distinct(StringComparer.Ordinal).Take(8)];
}
