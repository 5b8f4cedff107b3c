using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>The keys an entry (and each of its hardware items) may hold, and the words people write for them (CAT600).</summary>
internal static class EntryKeys
{
    public static readonly IReadOnlyList<string> TopLevel =
        ["repository", "ref", "manifest", "guide", "category", "difficulty", "duration", "hardware", "tags", "allow"];

    public static readonly IReadOnlyList<string> HardwareItem = ["name", "quantity", "optional"];

    private static readonly Dictionary<string, string> TopLevelSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["repo"] = "repository", ["url"] = "repository", ["git"] = "repository", ["source"] = "repository", ["github"] = "repository",
        ["branch"] = "ref", ["commit"] = "ref", ["revision"] = "ref",
        ["balena.yml"] = "manifest", ["manifestPath"] = "manifest", ["configUrl"] = "manifest",
        ["readme"] = "guide", ["docs"] = "guide", ["documentation"] = "guide",
        ["categories"] = "category", ["section"] = "category",
        ["level"] = "difficulty", ["skill"] = "difficulty",
        ["time"] = "duration", ["setup-time"] = "duration",
        ["parts"] = "hardware", ["bom"] = "hardware", ["requirements"] = "hardware", ["components"] = "hardware", ["materials"] = "hardware",
        ["keywords"] = "tags", ["labels"] = "tags", ["topics"] = "tags",
        ["waive"] = "allow", ["waivers"] = "allow", ["ignore"] = "allow", ["suppress"] = "allow", ["exceptions"] = "allow",
    };

    private static readonly Dictionary<string, string> HardwareSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["count"] = "quantity", ["qty"] = "quantity", ["amount"] = "quantity", ["number"] = "quantity",
        ["required"] = "optional", ["item"] = "name", ["title"] = "name", ["part"] = "name",
    };

    public static void CheckTopLevel(YamlMapping root, FileFindings findings) =>
        Check(root, TopLevel, TopLevelSynonyms, "in the catalog entry", findings);

    public static void CheckHardwareItem(YamlMapping item, FileFindings findings) =>
        Check(item, HardwareItem, HardwareSynonyms, "in a hardware item", findings);

    private static void Check(YamlMapping mapping, IReadOnlyList<string> known, Dictionary<string, string> synonyms, string where, FileFindings findings)
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
                (_, "optional") when string.Equals(key, "required", StringComparison.OrdinalIgnoreCase) =>
                    $"unknown key '{key}' {where}: write it the other way round, 'optional: true' for what the project works without",
                (_, { }) => $"unknown key '{key}' {where}: it is not read, so what it says is lost; did you mean '{meant}'?",
                _ => $"unknown key '{key}' {where}: it is not read, so what it says is lost; the keys are {string.Join(", ", known.Select(k => $"'{k}'"))}",
            };
            findings.Add(DiagnosticCodes.EntryUnknownKey, message, entry.Key.Span);
        }
    }
}
