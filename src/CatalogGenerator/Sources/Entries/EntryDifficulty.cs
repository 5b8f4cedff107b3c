using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>CAT603: <c>difficulty</c> is one of three words, lower case; common synonyms get the word meant.</summary>
internal static class EntryDifficulty
{
    private static readonly Dictionary<string, Difficulty> Words = new(StringComparer.Ordinal)
    {
        ["beginner"] = Difficulty.Beginner,
        ["intermediate"] = Difficulty.Intermediate,
        ["advanced"] = Difficulty.Advanced,
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["easy"] = "beginner", ["simple"] = "beginner", ["novice"] = "beginner", ["basic"] = "beginner",
        ["medium"] = "intermediate", ["moderate"] = "intermediate",
        ["hard"] = "advanced", ["difficult"] = "advanced", ["expert"] = "advanced",
    };

    public static Difficulty? Read(YamlMapping root, FileFindings findings)
    {
        var entry = root.Find("difficulty");
        var text = EntryValue.Text(entry, findings, "beginner, intermediate or advanced");
        if (text is null)
        {
            return null;
        }

        if (Words.TryGetValue(text, out var difficulty))
        {
            return difficulty;
        }

        var meant = Words.Keys.FirstOrDefault(w => string.Equals(w, text, StringComparison.OrdinalIgnoreCase))
            ?? Synonyms.GetValueOrDefault(text)
            ?? (DidYouMean.Closest(text, Words.Keys) is [var near, ..] ? near : null);
        var hint = meant is null ? string.Empty : $"; did you mean '{meant}'?";
        findings.Add(DiagnosticCodes.EntryInvalidDifficulty,
            $"difficulty '{text}' is not one of 'beginner', 'intermediate' or 'advanced'{hint}", entry!.Value.Span);
        return null;
    }
}
