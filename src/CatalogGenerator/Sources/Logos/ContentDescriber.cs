using System.Globalization;
using System.Text;

namespace FleetCatalog.Sources.Logos;

/// <summary>
/// Names what a file that is not a usable image actually is, so a maker sees "an HTML page" or "a GIF
/// image" rather than "invalid image".
/// </summary>
internal static class ContentDescriber
{
    private const string Formats = "logos must be PNG, JPEG, WebP or SVG";

    public static string Describe(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return "an empty file, not an image";
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return $"a GIF image; {Formats}";
        }

        if (bytes.StartsWith("BM"u8) && bytes.Length > 14 && bytes[6] == 0 && bytes[7] == 0)
        {
            return $"a BMP image; {Formats}";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 1, 0]))
        {
            return $"an ICO icon; {Formats}";
        }

        if (bytes.Length >= 12 && bytes.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return $"an AVIF, HEIC or video file; {Formats}";
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            return $"a PDF document, not an image; {Formats}";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "a gzip-compressed file (an .svgz?); logos must be plain, uncompressed PNG, JPEG, WebP or SVG";
        }

        if (bytes.StartsWith("PK"u8))
        {
            return "a ZIP archive, not an image";
        }

        var text = Text(bytes);
        if (text is null)
        {
            return $"binary data of an unknown kind (starting {Hex(bytes)}), not an image; {Formats}";
        }

        var start = text.TrimStart('\uFEFF').TrimStart();
        if (IsHtml(start))
        {
            return "an HTML page, not an image";
        }

        if (start.StartsWith('{') || start.StartsWith('['))
        {
            return $"JSON text, not an image (it starts '{Excerpt(start)}')";
        }

        return start.Length == 0 ? "a file of blank text, not an image" : $"text, not an image (it starts '{Excerpt(start)}')";
    }

    public static bool IsHtml(string start) =>
        start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
        || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
        || (start.StartsWith('<') && start.Contains("<html", StringComparison.OrdinalIgnoreCase));

    /// <summary>The first line, shortened, with nothing that could garble a terminal.</summary>
    public static string Excerpt(string text)
    {
        var line = text.Split('\n', 2)[0].TrimEnd('\r');
        var clean = new string([.. line.Take(60).Select(c => char.IsControl(c) ? ' ' : c)]);
        return line.Length > 60 ? clean + "…" : clean;
    }

    // Valid UTF-8 without control characters (other than whitespace) in the first kilobyte.
    private static string? Text(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        var decoded = Encoding.UTF8.GetString(head);
        var checkable = bytes.Length > head.Length ? decoded[..Math.Max(0, decoded.Length - 4)] : decoded;
        return checkable.Any(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))) ? null : decoded;
    }

    private static string Hex(ReadOnlySpan<byte> bytes) =>
        string.Join(' ', bytes[..Math.Min(bytes.Length, 8)].ToArray().Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
}
