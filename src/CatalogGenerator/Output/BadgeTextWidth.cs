namespace FleetCatalog.Output;

/// <summary>
/// How wide badge text is at 11px, from DejaVu Sans's advance widths (the fallback in the badge's font
/// list; Verdana's are close). The SVG pins each text to this width with textLength, so whatever font a
/// viewer has, the text fills its box instead of overflowing it.
/// </summary>
internal static class BadgeTextWidth
{
    // U+0020 to U+007E, in pixels at 11px.
    private static readonly double[] Ascii =
    [
        3.5, 4.41, 5.06, 9.22, 7.0, 10.45, 8.58, 3.02, 4.29, 4.29, 5.5, 9.22, 3.5, 3.97, 3.5, 3.71,
        7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 3.71, 3.71, 9.22, 9.22, 9.22, 5.84,
        11.0, 7.52, 7.55, 7.68, 8.47, 6.95, 6.33, 8.52, 8.27, 3.24, 3.24, 7.21, 6.13, 9.49, 8.23, 8.66,
        6.63, 8.66, 7.64, 6.98, 6.72, 8.05, 7.52, 10.88, 7.54, 6.72, 7.54, 4.29, 3.71, 4.29, 9.22, 5.5,
        5.5, 6.74, 6.98, 6.05, 6.98, 6.77, 3.87, 6.98, 6.97, 3.06, 3.06, 6.37, 3.06, 10.72, 6.97, 6.73,
        6.98, 6.98, 4.52, 5.73, 4.31, 6.97, 6.51, 9.0, 6.51, 6.51, 5.77, 7.0, 3.71, 7.0, 9.22,
    ];

    // Anything outside the table counts as the widest character, so a label never runs out of its box.
    private const double Unknown = 11.0;

    public static double Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0.0;
        foreach (var c in text)
        {
            width += c is >= ' ' and <= '~' ? Ascii[c - ' '] : Unknown;
        }

        return width;
    }
}
