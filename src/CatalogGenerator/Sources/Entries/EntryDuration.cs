using System.Globalization;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// CAT604: <c>duration</c>, the time from deploying to a working device, is written as <c>10m</c>, <c>1h</c>
/// or <c>1h30m</c>, more than nothing and at most a day. Looser forms get the canonical one to write.
/// </summary>
internal static class EntryDuration
{
    public static readonly TimeSpan Longest = TimeSpan.FromHours(24);

    public static TimeSpan? Read(YamlMapping root, FileFindings findings)
    {
        var entry = root.Find("duration");
        var text = EntryValue.Text(entry, findings, "a duration such as '30m' or '1h30m'");
        if (text is null)
        {
            return null;
        }

        var why = DurationText.Parse(text) switch
        {
            { Ticks: 0 } => "is no time at all",
            { } d when d > Longest => $"is more than {Longest.TotalHours:0} hours; state the time to a working device, and say in the guide what takes longer",
            { } => null,
            null => Unreadable(text),
        };
        if (why is null)
        {
            return DurationText.Parse(text);
        }

        findings.Add(DiagnosticCodes.EntryInvalidDuration, $"duration '{text}' {why}", entry!.Value.Span);
        return null;
    }

    private static string Unreadable(string text)
    {
        // "30" is the usual slip: the number is there, the unit is not, and minutes is the likelier unit.
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
        {
            return $"has no unit; did you mean '{DurationText.Format(TimeSpan.FromMinutes(minutes))}'?";
        }

        return DurationText.ParseLoose(text) is { Ticks: > 0 } meant
            ? $"is not written the catalog's way; did you mean '{DurationText.Format(meant)}'?"
            : "is not a duration; write hours and minutes as '10m', '1h' or '1h30m'";
    }
}
