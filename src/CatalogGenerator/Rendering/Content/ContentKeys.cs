using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Rendering.Content;

/// <summary>CAT860: a key the reader does not know is lost silently, so it is reported with the key most likely meant.</summary>
internal static class ContentKeys
{
    /// <param name="where">Where the key stands, to finish a message: "in site.yml", "in a learning path".</param>
    public static void Check(YamlMapping mapping, IReadOnlyList<string> known, IReadOnlyDictionary<string, string> synonyms, string where, FileFindings findings)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Name;
            if (known.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            var cased = known.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            var meant = cased ?? synonyms.GetValueOrDefault(key) ?? (DidYouMean.Closest(key, known) is [var near, ..] ? near : null);
            var message = (cased, meant) switch
            {
                ({ }, _) => $"key '{key}' {where} differs from '{cased}' only in case, and keys are case-sensitive, so it is not read; write '{cased}'",
                (_, { }) => $"unknown key '{key}' {where}: it is not read, so what it says is lost; did you mean '{meant}'?",
                _ => $"unknown key '{key}' {where}: it is not read, so what it says is lost; the keys are {string.Join(", ", known.Select(k => $"'{k}'"))}",
            };
            findings.Add(DiagnosticCodes.ContentUnknownKey, message, entry.Key.Span);
        }
    }

    /// <summary>Synonyms keyed case-insensitively, as people write <c>Description</c> as often as <c>description</c>.</summary>
    public static IReadOnlyDictionary<string, string> Synonyms(params (string Written, string Meant)[] pairs) =>
        pairs.ToDictionary(p => p.Written, p => p.Meant, StringComparer.OrdinalIgnoreCase);
}
