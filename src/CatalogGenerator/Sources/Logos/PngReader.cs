using System.Buffers.Binary;

namespace FleetCatalog.Sources.Logos;

/// <summary>
/// Reads a PNG's size from IHDR and walks every chunk up to IEND, checking lengths and CRCs, so a damaged or
/// truncated file is refused instead of showing up broken on the site.
/// </summary>
internal static class PngReader
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool Matches(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    public static ImageInspection Inspect(ReadOnlySpan<byte> bytes)
    {
        var position = Signature.Length;
        int width = 0, height = 0;
        var sawData = false;
        for (var index = 0; ; index++)
        {
            if (bytes.Length - position < 12)
            {
                return Damaged("it ends before its IEND chunk, so it is truncated");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
            var type = bytes.Slice(position + 4, 4);
            if (length > (uint)(bytes.Length - position - 12))
            {
                return Damaged($"its {ChunkName(type)} chunk runs past the end of the file, so it is truncated");
            }

            var data = bytes.Slice(position + 8, (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(bytes[(position + 8 + (int)length)..]);
            if (Crc32.Compute(bytes.Slice(position + 4, 4 + (int)length)) != crc)
            {
                return Damaged($"its {ChunkName(type)} chunk fails its checksum");
            }

            if (index == 0)
            {
                if (!type.SequenceEqual("IHDR"u8) || length != 13)
                {
                    return Damaged("it does not start with an IHDR header");
                }

                width = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(data), int.MaxValue);
                height = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(data[4..]), int.MaxValue);
                if (width == 0 || height == 0)
                {
                    return Damaged($"its header gives a size of {width}×{height} pixels");
                }
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                sawData = true;
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                return sawData ? ImageInspection.Ok(ImageFormat.Png, width, height) : Damaged("it has no image data (IDAT chunk)");
            }

            position += 12 + (int)length;
        }
    }

    private static string ChunkName(ReadOnlySpan<byte> type)
    {
        Span<char> name = stackalloc char[4];
        for (var i = 0; i < 4; i++)
        {
            name[i] = type[i] is >= 0x20 and < 0x7F ? (char)type[i] : '?';
        }

        return name.ToString();
    }

    private static ImageInspection Damaged(string why) => ImageInspection.NotAnImage($"a damaged PNG file: {why}");
}
