using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// CAT607: <c>allow</c> maps a diagnostic code to the reason it does not apply to this project. The code
/// must exist and be one that may be waived (<see cref="Waivers.Refusal"/>); the reason must say something,
/// because it is published beside the finding.
/// </summary>
internal static partial class EntryWaivers
{
    public static ImmutableDictionary<string, Waiver> Read(YamlMapping root, FileFindings findings)
    {
        var entry = root.Find("allow");
        if (entry is null || EntryValue.IsNull(entry.Value))
        {
            return ImmutableDictionary<string, Waiver>.Empty;
        }

        if (entry.Value is not YamlMapping allow)
        {
            findings.Add(DiagnosticCodes.EntryWaiverInvalid,
                $"'allow' must be a mapping of codes to reasons, such as 'allow: {{ CAT403: \"why it does not apply\" }}', not {entry.Value.Kind}", entry.Value.Span);
            return ImmutableDictionary<string, Waiver>.Empty;
        }

        var waivers = ImmutableDictionary.CreateBuilder<string, Waiver>(StringComparer.Ordinal);
        foreach (var item in allow.Entries)
        {
            if (ReadWaiver(item, findings) is { } waiver)
            {
                waivers[waiver.Code] = waiver;
            }
        }

        return waivers.ToImmutable();
    }

    private static Waiver? ReadWaiver(YamlEntry item, FileFindings findings)
    {
        var code = item.Name.Trim();
        var span = item.Key.Span with { EndLine = item.Value.Span.EndLine, EndColumn = item.Value.Span.EndColumn };
        var problem = CodeProblem(code);
        if (problem is not null)
        {
            findings.Add(DiagnosticCodes.EntryWaiverInvalid, problem, item.Key.Span);
            return null;
        }

        var reason = item.Value is YamlScalar s && !EntryValue.IsNull(s) ? s.Value.Trim() : null;
        if (string.IsNullOrEmpty(reason))
        {
            findings.Add(DiagnosticCodes.EntryWaiverInvalid,
                $"the waiver of {code} gives no reason; write one sentence on why the finding does not apply to this project (it is shown with the finding)",
                EntryValue.IsNull(item.Value) ? item.Key.Span : item.Value.Span);
            return null;
        }

        return new Waiver(code, reason, span);
    }

    private static string? CodeProblem(string code)
    {
        if (!CodePattern().IsMatch(code))
        {
            var upper = code.ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
            var hint = CodePattern().IsMatch(upper) && DiagnosticCodes.Find(upper) is not null ? $"; did you mean '{upper}'?" : string.Empty;
            return $"'{code}' is not a diagnostic code; a waiver names a code such as 'CAT403'{hint}";
        }

        if (DiagnosticCodes.Find(code) is not { } descriptor)
        {
            var near = DidYouMean.Closest(code, DiagnosticCodes.All.Select(d => d.Code), maxDistance: 1);
            return $"there is no code {code}, so this waiver waives nothing{DidYouMean.Phrase(near)}";
        }

        return Waivers.Refusal(code) is { } why ? $"{code} ({descriptor.Title}) cannot be waived: {why}" : null;
    }

    [GeneratedRegex("^CAT[0-9]{3}$")]
    private static partial Regex CodePattern();
}
