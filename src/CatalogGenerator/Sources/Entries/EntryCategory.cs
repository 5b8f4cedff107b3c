using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>CAT602: <c>category</c> must be a slug from site/categories.yml; a near-miss or a category's display name gets the slug meant.</summary>
internal static class EntryCategory
{
    public static string? Read(YamlMapping root, CategoryList categories, FileFindings findings)
    {
        var entry = root.Find("category");
        var text = EntryValue.Text(entry, findings, "one category slug");
        if (text is null)
        {
            return null;
        }

        if (categories.Find(text) is { } found)
        {
            return found.Slug;
        }

        var byName = categories.All.FirstOrDefault(c =>
            string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Slug, Slugs.ToKebabCase(text), StringComparison.Ordinal));
        IReadOnlyList<string> suggestions = byName is not null ? [byName.Slug] : DidYouMean.Closest(text, categories.Slugs);
        var message = suggestions.Count > 0
            ? $"unknown category '{text}'{DidYouMean.Phrase(suggestions)}"
            : $"unknown category '{text}'; the categories are {string.Join(", ", categories.Slugs.Select(s => $"'{s}'"))} (see {CategoryList.DefaultFile})";
        findings.Add(DiagnosticCodes.EntryUnknownCategory, message, entry!.Value.Span);
        return null;
    }
}
