using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>Reading one value of an entry as text, where an empty or null value means "not given".</summary>
internal static class EntryValue
{
    /// <summary>The text as written (so <c>ref: 1.10</c> stays "1.10"), null when absent or YAML null; CAT609 for a list or mapping.</summary>
    public static string? Text(YamlEntry? entry, FileFindings findings, string expected)
    {
        switch (entry?.Value)
        {
            case null:
                return null;
            case YamlScalar scalar when IsNull(scalar):
                return null;
            case YamlScalar scalar:
                return scalar.Value.Trim();
            default:
                findings.Add(DiagnosticCodes.EntryWrongValueType,
                    $"'{entry.Name}' must be {expected}, not {entry.Value.Kind}", entry.Value.Span);
                return null;
        }
    }

    public static bool IsNull(YamlNode node) => node is YamlScalar scalar && scalar.IsImplicitlyTyped && scalar.Resolve().Kind == ScalarKind.Null;
}
