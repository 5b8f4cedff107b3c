using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// What an entry's <c>allow:</c> may waive, and the waiving itself. A waived finding is not hidden: it
/// becomes a CAT610 info at the same place, saying who decided it does not apply and why.
/// </summary>
internal static class Waivers
{
    // Fetch failures and passing conditions: waiving them would hide a project that cannot be built, or
    // keep hiding a temporary problem after it has turned into a lasting one.
    private static readonly HashSet<string> RefusedSourceCodes = new(StringComparer.Ordinal)
    {
        "CAT700", "CAT701", "CAT702", "CAT703", "CAT704", "CAT705", "CAT706", "CAT710", "CAT712",
    };

    /// <summary>
    /// Why <paramref name="code"/> may not be waived, or null when it may. Refused: CAT0xx (the tool's own
    /// failures), CAT1xx (the file could not be read, so nothing else was checked), CAT6xx (the entry
    /// itself: fix it instead) and the CAT7xx codes for a project that could not be fetched or a
    /// temporary state (rate limit, stale snapshot). Everything about the project's content may be waived.
    /// </summary>
    public static string? Refusal(string code) => code switch
    {
        _ when code.StartsWith("CAT0", StringComparison.Ordinal) => "it reports a failure of the catalog tool itself; report it as a bug instead",
        _ when code.StartsWith("CAT1", StringComparison.Ordinal) => "the file could not be read at all, so nothing in it was checked; fix the file",
        _ when code.StartsWith("CAT6", StringComparison.Ordinal) => "it is about this entry itself; fix the entry instead",
        _ when RefusedSourceCodes.Contains(code) => "it means the project could not be fetched or is only temporarily unavailable, and a waiver would hide that",
        _ when IsAboutTheSite(code) => "it is about the catalog site (its links, search, theme or content), not this project; fix the site",
        _ => null,
    };

    // CAT82x links, CAT83x search, CAT84x theme, CAT86x site content: the guide findings (CAT80x) are the project's own.
    private static bool IsAboutTheSite(string code) =>
        code.Length == 6 && code.StartsWith("CAT8", StringComparison.Ordinal) && code[4] is '2' or '3' or '4' or '6';

    public static bool CanWaive(string code) => DiagnosticCodes.Find(code) is not null && Refusal(code) is null;

    /// <summary>Each finding the entry waives becomes a CAT610 info at the finding's own position; the rest are returned unchanged, in order.</summary>
    public static ImmutableArray<Diagnostic> Apply(ImmutableArray<Diagnostic> diagnostics, CatalogEntry entry)
    {
        if (entry.Allow.IsEmpty)
        {
            return diagnostics;
        }

        return [.. diagnostics.Select(d => entry.Allow.TryGetValue(d.Code, out var waiver) && CanWaive(d.Code) ? Waive(d, waiver) : d)];
    }

    private static Diagnostic Waive(Diagnostic finding, Waiver waiver) =>
        DiagnosticCodes.FindingWaived.Create($"{finding.Code} waived: {waiver.Reason} (finding: {finding.Message})", finding.File, finding.Span);
}
