using System.Buffers.Binary;

namespace FleetCatalog.Sources.Logos;

/// <summary>Reads a WebP's size from its first chunk: VP8 (lossy), VP8L (lossless) or VP8X (extended).</summary>
internal static class WebPReader
{
    public static bool Matches(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes.Slice(8, 4).SequenceEqual("WEBP"u8);

    public static ImageInspection Inspect(ReadOnlySpan<byte> bytes)
    {
        var riffSize = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]);
        if (riffSize > (uint)(bytes.Length - 8))
        {
            return Damaged("it is shorter than its RIFF header says, so it is truncated");
        }

        var body = bytes.Slice(12, (int)riffSize - 4 < 0 ? 0 : (int)riffSize - 4);
        if (body.Length < 8)
        {
            return Damaged("it has no image chunk");
        }

        var type = body[..4];
        var size = BinaryPrimitives.ReadUInt32LittleEndian(body[4..]);
        if (size > (uint)(body.Length - 8))
        {
            return Damaged("its first chunk runs past the end of the file, so it is truncated");
        }

        var data = body.Slice(8, (int)size);
        var (width, height) = type switch
        {
            _ when type.SequenceEqual("VP8 "u8) => Lossy(data),
            _ when type.SequenceEqual("VP8L"u8) => Lossless(data),
            _ when type.SequenceEqual("VP8X"u8) => Extended(data),
            _ => (-1, -1),
        };

        return width switch
        {
            -1 => Damaged("its first chunk is not VP8, VP8L or VP8X"),
            0 => Damaged("its image header is damaged"),
            _ => ImageInspection.Ok(ImageFormat.WebP, width, height),
        };
    }

    // A key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height.
    private static (int, int) Lossy(ReadOnlySpan<byte> data) =>
        data.Length >= 10 && (data[0] & 1) == 0 && data[3] == 0x9D && data[4] == 0x01 && data[5] == 0x2A
            ? NonZero(BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFF)
            : (0, 0);

    // Signature 0x2F, then width-1 and height-1 in 14 bits each.
    private static (int, int) Lossless(ReadOnlySpan<byte> data)
    {
        if (data.Length < 5 || data[0] != 0x2F)
        {
            return (0, 0);
        }

        var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
        return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
    }

    // Flags and reserved bytes, then canvas width-1 and height-1 in 24 bits each.
    private static (int, int) Extended(ReadOnlySpan<byte> data) =>
        data.Length >= 10
            ? (Uint24(data[4..]) + 1, Uint24(data[7..]) + 1)
            : (0, 0);

    private static int Uint24(ReadOnlySpan<byte> b) => b[0] | (b[1] << 8) | (b[2] << 16);

    private static (int, int) NonZero(int width, int height) => width == 0 || height == 0 ? (0, 0) : (width, height);

    private static ImageInspection Damaged(string why) => ImageInspection.NotAnImage($"a damaged WebP file: {why}");
}
