using System.Globalization;

namespace FleetCatalog.Rendering.Model;

/// <summary>A date for a <c>&lt;time&gt;</c> element: machine form and the words people read.</summary>
/// <param name="Iso">ISO 8601 (<c>2025-03-02</c>), for <c>datetime</c> attributes and JSON-LD.</param>
/// <param name="Text">As a reader sees it (<c>2 March 2025</c>).</param>
internal sealed record DateView(string Iso, string Text)
{
    public static DateView From(DateTimeOffset moment) => From(DateOnly.FromDateTime(moment.UtcDateTime));

    public static DateView From(DateOnly day) =>
        new(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
}
