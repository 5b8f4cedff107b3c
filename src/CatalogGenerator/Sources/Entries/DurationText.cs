using System.Globalization;
using System.Text.RegularExpressions;

namespace FleetCatalog.Sources.Entries;

/// <summary>Durations as entries write them: <c>10m</c>, <c>1h</c>, <c>1h30m</c>; and a reading of looser forms to suggest one.</summary>
internal static partial class DurationText
{
    public static TimeSpan? Parse(string text)
    {
        var match = Strict().Match(text);
        if (!match.Success || (!match.Groups["h"].Success && !match.Groups["m"].Success))
        {
            return null;
        }

        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;

        // "1h90m" is almost certainly a slip for something else; the canonical form keeps minutes under 60.
        return hours > 0 && minutes >= 60 ? null : new TimeSpan(hours, minutes, 0);
    }

    public static string Format(TimeSpan duration)
    {
        var hours = (int)duration.TotalHours;
        return (hours, duration.Minutes) switch
        {
            (0, var m) => $"{m}m",
            (var h, 0) => $"{h}h",
            (var h, var m) => $"{h}h{m}m",
        };
    }

    /// <summary>What a loosely written duration ("90 min", "1.5 hours", "1:30", "1h 30m") most likely means, or null.</summary>
    public static TimeSpan? ParseLoose(string text)
    {
        var clock = Clock().Match(text);
        if (clock.Success)
        {
            return new TimeSpan(int.Parse(clock.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(clock.Groups[2].Value, CultureInfo.InvariantCulture), 0);
        }

        var total = TimeSpan.Zero;
        var parts = Loose().Matches(text.ToLowerInvariant());
        if (parts.Count == 0 || string.Concat(parts.Select(p => p.Value)).Replace(" ", string.Empty, StringComparison.Ordinal) !=
            text.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (Match part in parts)
        {
            var number = double.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            total += part.Groups["u"].Value.StartsWith('h') ? TimeSpan.FromHours(number) : TimeSpan.FromMinutes(number);
        }

        return TimeSpan.FromMinutes(Math.Round(total.TotalMinutes));
    }

    [GeneratedRegex(@"^(?:(?<h>\d{1,3})h)?(?:(?<m>\d{1,4})m)?$")]
    private static partial Regex Strict();

    [GeneratedRegex(@"^(\d{1,2}):([0-5]\d)$")]
    private static partial Regex Clock();

    [GeneratedRegex(@"\s*(?<n>\d+(?:\.\d+)?)\s*(?<u>hours|hour|hrs|hr|h|minutes|minute|mins|min|m)(?![a-z])\s*")]
    private static partial Regex Loose();
}
