using System.Globalization;
using System.Text.RegularExpressions;

namespace FleetCatalog.Sources.Logos;

/// <summary>
/// An SVG's size in CSS pixels: width and height when both are absolute lengths, otherwise the viewBox
/// (scaled to one absolute side when only one is given).
/// </summary>
internal static partial class SvgSize
{
    public static ImageInspection Read(string? width, string? height, string? viewBox)
    {
        var w = Length(width);
        var h = Length(height);
        if (w is > 0 && h is > 0)
        {
            return Ok(w.Value, h.Value);
        }

        var box = ViewBox(viewBox);
        if (box is var (boxWidth, boxHeight))
        {
            return (w, h) switch
            {
                ( > 0, _) => Ok(w.Value, w.Value * boxHeight / boxWidth),
                (_, > 0) => Ok(h.Value * boxWidth / boxHeight, h.Value),
                _ => Ok(boxWidth, boxHeight),
            };
        }

        return ImageInspection.NotAnImage(viewBox is null
            ? "an SVG without a viewBox or an absolute width and height, so its size is unknown and it cannot be scaled; add viewBox=\"0 0 WIDTH HEIGHT\" to its <svg> element"
            : $"an SVG whose viewBox '{ContentDescriber.Excerpt(viewBox)}' is not four numbers with a positive width and height, so it cannot be scaled; write it as viewBox=\"0 0 WIDTH HEIGHT\"");
    }

    private static double? Length(string? text)
    {
        var match = text is null ? null : LengthPattern().Match(text);
        if (match is not { Success: true } || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null; // Missing, or relative (%, em, ex): the viewBox decides.
        }

        return number * match.Groups[2].Value switch
        {
            "pt" => 96.0 / 72,
            "pc" => 16,
            "in" => 96,
            "cm" => 96 / 2.54,
            "mm" => 96 / 25.4,
            _ => 1,
        };
    }

    private static (double Width, double Height)? ViewBox(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : double.NaN).ToArray();
        return numbers.Length == 4 && !numbers.Any(double.IsNaN) && numbers[2] > 0 && numbers[3] > 0
            ? (numbers[2], numbers[3])
            : null;
    }

    private static ImageInspection Ok(double width, double height) =>
        ImageInspection.Ok(ImageFormat.Svg, Pixels(width), Pixels(height));

    private static int Pixels(double value) =>
        double.IsFinite(value) ? (int)Math.Clamp(Math.Ceiling(value - 1e-9), 1, int.MaxValue) : int.MaxValue;

    [GeneratedRegex(@"^\s*\+?((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(px|pt|pc|in|cm|mm)?\s*$")]
    private static partial Regex LengthPattern();
}
