using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Rendering.Content;

/// <summary>Reading the values of site.yml and front matter, where an empty or null value means "not given".</summary>
internal static class ContentValue
{
    /// <summary>The trimmed text, or null when absent, YAML null or empty; a list or mapping is reported with <paramref name="code"/>.</summary>
    /// <param name="expected">What the value should be, to finish a message: "a title such as 'Fleet Catalog'".</param>
    public static string? Text(YamlEntry? entry, FileFindings findings, DiagnosticDescriptor code, string expected)
    {
        switch (entry?.Value)
        {
            case null:
                return null;
            case YamlScalar scalar when IsNull(scalar):
                return null;
            case YamlScalar scalar:
                return scalar.Value.Trim() is { Length: > 0 } text ? text : null;
            default:
                findings.Add(code, $"'{entry.Name}' must be {expected}, not {entry.Value.Kind}", entry.Value.Span);
                return null;
        }
    }

    /// <summary>
    /// The text of a setting that must be there; CAT861 at its key when it is empty, else at <paramref name="absent"/>
    /// (the whole file for a top-level setting, the start of the item for an item's).
    /// </summary>
    public static string? Required(YamlMapping mapping, string key, string what, FileFindings findings, string where, SourceSpan absent)
    {
        var entry = mapping.Find(key);
        var text = ContentValue.Text(entry, findings, DiagnosticCodes.SiteSettingInvalid, what);
        if (text is null && entry?.Value is null or YamlScalar)
        {
            findings.Add(DiagnosticCodes.SiteSettingMissing, $"{where} has no '{key}'; write {what}", entry?.Key.Span ?? absent);
        }

        return text;
    }

    /// <summary>
    /// The items of a list of words (slugs), each with its position; a lone word is read as a list of one.
    /// Anything that is not text is reported with <paramref name="code"/> and skipped.
    /// </summary>
    public static IReadOnlyList<YamlScalar> Words(YamlEntry? entry, FileFindings findings, DiagnosticDescriptor code, string expected)
    {
        switch (entry?.Value)
        {
            case null:
                return [];
            case YamlScalar scalar when IsNull(scalar):
                return [];
            case YamlScalar scalar:
                return [scalar];
            case YamlSequence list:
                var words = new List<YamlScalar>();
                foreach (var item in list.Items)
                {
                    if (item is YamlScalar word && !IsNull(word) && word.Value.Trim().Length > 0)
                    {
                        words.Add(word);
                    }
                    else
                    {
                        findings.Add(code, $"each item of '{entry.Name}' must be {expected}, not {(item is YamlScalar ? "empty" : item.Kind)}", item.Span);
                    }
                }

                return words;
            default:
                findings.Add(code, $"'{entry.Name}' must be a list, each item {expected}, not {entry.Value.Kind}", entry.Value.Span);
                return [];
        }
    }

    /// <summary>Where <paramref name="node"/> begins, as a point: where a missing key of it is reported.</summary>
    public static SourceSpan StartOf(YamlNode node) => SourceSpan.At(node.Span.Line, node.Span.Column);

    public static bool IsNull(YamlNode node) => node is YamlScalar scalar && scalar.IsImplicitlyTyped && scalar.Resolve().Kind == ScalarKind.Null;
}
