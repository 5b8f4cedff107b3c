using System.Globalization;
using System.Text;

namespace FleetCatalog.Sources.Logos;

/// <summary>
/// Decides whether bytes are a logo the catalog can serve (PNG, JPEG, WebP or safe SVG, at most 1 MiB) from
/// their content alone, never a file name or Content-Type, and reads the size. Never throws on any input.
/// </summary>
internal static class ImageSniffer
{
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// Raster logos larger than this a side are refused: a small, well-compressed file can declare a size
    /// that takes gigabytes to decode in a visitor's browser. SVG sizes are only coordinates.
    /// </summary>
    public const int MaxRasterSide = 4096;

    public static ImageInspection Inspect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return ImageInspection.TooLarge($"{Size(bytes.Length)}; logos must be at most 1 MiB");
        }

        var result = bytes switch
        {
            _ when PngReader.Matches(bytes) => PngReader.Inspect(bytes),
            _ when JpegReader.Matches(bytes) => JpegReader.Inspect(bytes),
            _ when WebPReader.Matches(bytes) => WebPReader.Inspect(bytes),
            _ when LooksLikeMarkup(bytes) => SvgInspector.Inspect(bytes),
            _ => ImageInspection.NotAnImage(ContentDescriber.Describe(bytes)),
        };

        return result.Image is { Format: not ImageFormat.Svg } image && Math.Max(image.Width, image.Height) > MaxRasterSide
            ? ImageInspection.TooLarge($"a {image.Format} image of {image.Width}×{image.Height} pixels; logos must be at most {MaxRasterSide} pixels a side (about 512 is plenty)")
            : result;
    }

    /// <summary>"a 2,097,152-byte file (2.0 MiB)", "a 12-byte file".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"a {bytes:N0}-byte file ({bytes / (1024.0 * 1024):0.0} MiB)")
        : string.Create(CultureInfo.InvariantCulture, $"a {bytes:N0}-byte file");

    // Markup that is not HTML: an optional BOM, whitespace, then '<' (an XML declaration, comment or element).
    private static bool LooksLikeMarkup(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 512)];
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            ? Encoding.Unicode.GetString(head).Replace("\0", string.Empty, StringComparison.Ordinal)
            : Encoding.UTF8.GetString(head);
        var start = text.TrimStart('\uFEFF', '\uFFFE').TrimStart();
        return start.StartsWith('<')
            && !start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            && !start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
