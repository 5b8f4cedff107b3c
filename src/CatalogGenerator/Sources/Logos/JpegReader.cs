using System.Buffers.Binary;

namespace FleetCatalog.Sources.Logos;

/// <summary>
/// Reads a JPEG's size from its first SOFn frame header, stepping over APPn, tables and other segments by
/// their lengths, every step bounds-checked.
/// </summary>
internal static class JpegReader
{
    public static bool Matches(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF;

    public static ImageInspection Inspect(ReadOnlySpan<byte> bytes)
    {
        var position = 2;
        while (true)
        {
            if (position >= bytes.Length || bytes[position] != 0xFF)
            {
                return Damaged(position >= bytes.Length ? "it ends before its frame header, so it is truncated" : "its segments are out of order");
            }

            // Any number of 0xFF fill bytes may precede a marker.
            while (position < bytes.Length && bytes[position] == 0xFF)
            {
                position++;
            }

            if (position >= bytes.Length)
            {
                return Damaged("it ends before its frame header, so it is truncated");
            }

            var marker = bytes[position++];
            if (marker is 0x01 or >= 0xD0 and <= 0xD8)
            {
                continue; // TEM, RSTn and SOI stand alone, without a length.
            }

            if (marker is 0xD9 or 0xDA)
            {
                return Damaged(marker == 0xD9 ? "it ends without a frame header" : "its image data starts before its frame header");
            }

            if (bytes.Length - position < 2)
            {
                return Damaged("it ends inside a segment, so it is truncated");
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[position..]);
            if (length < 2 || length > bytes.Length - position)
            {
                return Damaged("a segment runs past the end of the file, so it is truncated");
            }

            if (IsStartOfFrame(marker))
            {
                if (length < 7)
                {
                    return Damaged("its frame header is too short");
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 3)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 5)..]);
                return width == 0 || height == 0
                    ? Damaged($"its frame header gives a size of {width}×{height} pixels")
                    : ImageInspection.Ok(ImageFormat.Jpeg, width, height);
            }

            position += length;
        }
    }

    // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static ImageInspection Damaged(string why) => ImageInspection.NotAnImage($"a damaged JPEG file: {why}");
}
