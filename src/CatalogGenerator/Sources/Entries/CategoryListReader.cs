using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// Reads site/categories.yml: a list of <c>{ slug, name, description }</c>. Problems use the entry codes
/// (CAT600 unknown key, CAT609 a missing or malformed value), since the file is part of the catalog's own data.
/// </summary>
internal static class CategoryListReader
{
    public const string Needs = "it lists the catalog's categories, one '- slug: …' item with 'name' and 'description' each";

    private static readonly string[] Keys = ["slug", "name", "description"];

    public static CategoryListResult Read(string text, string file)
    {
        var findings = new FileFindings(file);
        var root = EntryText.Parse(text, findings, Needs);
        if (root is null)
        {
            return new CategoryListResult(null, findings.ToImmutable());
        }

        if (root is not YamlSequence list || list.Items.IsEmpty)
        {
            findings.Add(DiagnosticCodes.EntryWrongValueType, $"the category list must be a non-empty list of categories, not {root.Kind}; {Needs}", root.Span);
            return new CategoryListResult(null, findings.ToImmutable());
        }

        var categories = new List<Category>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (ReadCategory(item, findings) is not { } category)
            {
                continue;
            }

            if (seen.TryGetValue(category.Slug, out var line))
            {
                findings.Add(DiagnosticCodes.EntryWrongValueType, $"category '{category.Slug}' is listed twice (first at line {line}); remove one", item.Span);
                continue;
            }

            seen[category.Slug] = item.Span.Line;
            categories.Add(category);
        }

        return new CategoryListResult(findings.HasErrors ? null : new CategoryList(categories), findings.ToImmutable());
    }

    private static Category? ReadCategory(YamlNode item, FileFindings findings)
    {
        if (item is not YamlMapping mapping)
        {
            findings.Add(DiagnosticCodes.EntryWrongValueType, $"each category must be a mapping with 'slug', 'name' and 'description', not {item.Kind}", item.Span);
            return null;
        }

        foreach (var entry in mapping.Entries.Where(e => !Keys.Contains(e.Name, StringComparer.Ordinal)))
        {
            findings.Add(DiagnosticCodes.EntryUnknownKey,
                $"unknown key '{entry.Name}' in a category{Suggest(entry.Name)}; a category has only 'slug', 'name' and 'description'", entry.Key.Span);
        }

        var slug = Required(mapping, "slug", findings);
        var name = Required(mapping, "name", findings);
        var description = Required(mapping, "description", findings);
        if (slug is not null && !Slugs.IsKebabCase(slug))
        {
            var kebab = Slugs.ToKebabCase(slug);
            var hint = kebab.Length > 0 ? $"; write '{kebab}'" : string.Empty;
            findings.Add(DiagnosticCodes.EntryWrongValueType,
                $"category slug '{slug}' must be lower-case words joined by hyphens, as entries and addresses use it{hint}", mapping["slug"]!.Span);
            return null;
        }

        return slug is null || name is null || description is null ? null : new Category(slug, name, description);
    }

    private static string? Required(YamlMapping mapping, string key, FileFindings findings)
    {
        var entry = mapping.Find(key);
        var text = EntryValue.Text(entry, findings, "text");
        if (string.IsNullOrEmpty(text) && entry?.Value is not (YamlMapping or YamlSequence))
        {
            findings.Add(DiagnosticCodes.EntryWrongValueType, $"this category has no '{key}'; every category needs 'slug', 'name' and 'description'",
                entry?.Key.Span ?? mapping.Span);
            return null;
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string Suggest(string key) => DidYouMean.Closest(key, Keys) is [var near, ..] ? $" (did you mean '{near}'?)" : string.Empty;
}
