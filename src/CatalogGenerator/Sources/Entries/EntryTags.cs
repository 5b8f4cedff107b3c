using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// CAT609: <c>tags</c> is a list of lower-case kebab-case words (<c>home-assistant</c>), because each becomes
/// a page address on the site; a tag written twice is a warning and kept once.
/// </summary>
internal static class EntryTags
{
    public static ImmutableArray<string> Read(YamlMapping root, FileFindings findings)
    {
        var entry = root.Find("tags");
        if (entry is null || EntryValue.IsNull(entry.Value))
        {
            return [];
        }

        if (entry.Value is not YamlSequence list)
        {
            var hint = entry.Value is YamlScalar s ? $"; write 'tags: [{string.Join(", ", s.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))}]'" : string.Empty;
            findings.Add(DiagnosticCodes.EntryWrongValueType, $"'tags' must be a list, not {entry.Value.Kind}{hint}", entry.Value.Span);
            return [];
        }

        var tags = new List<string>();
        foreach (var item in list.Items)
        {
            if (item is not YamlScalar scalar || EntryValue.IsNull(scalar))
            {
                findings.Add(DiagnosticCodes.EntryWrongValueType, $"each tag must be a word such as 'audio', not {(item is YamlScalar ? "empty" : item.Kind)}", item.Span);
                continue;
            }

            var tag = scalar.Value.Trim();
            if (!Slugs.IsKebabCase(tag))
            {
                var kebab = Slugs.ToKebabCase(tag);
                var hint = kebab.Length > 0 ? $"; write '{kebab}'" : string.Empty;
                findings.Add(DiagnosticCodes.EntryWrongValueType,
                    $"tag '{tag}' must be lower-case words joined by hyphens, as it becomes a page address{hint}", item.Span);
                continue;
            }

            if (tags.Contains(tag, StringComparer.Ordinal))
            {
                findings.Add(DiagnosticCodes.EntryWrongValueType, DiagnosticSeverity.Warning, $"tag '{tag}' is listed twice; remove one", item.Span);
                continue;
            }

            tags.Add(tag);
        }

        return [.. tags];
    }
}
