using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace FleetCatalog.Tests.Sources.Logos;

/// <summary>Small, valid images written byte by byte, so the tests know exactly what each file holds.</summary>
internal static class TestImages
{
    /// <summary>An RGBA PNG: signature, IHDR, one zlib-compressed IDAT of filter-0 rows, IEND, every CRC right.</summary>
    public static byte[] Png(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        Chunk(png, "IHDR", header);

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + (width * 4)];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    row[1 + (x * 4)] = (byte)(x * 40);
                    row[2 + (x * 4)] = (byte)(y * 40);
                    row[3 + (x * 4)] = 0x80;
                    row[4 + (x * 4)] = 0xFF;
                }

                zlib.Write(row);
            }
        }

        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A baseline JPEG's headers: APP0 (JFIF), an APP1 full of 0xFF bytes, DQT, SOF0, DHT, SOS, data, EOI.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        Segment(jpeg, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(jpeg, 0xE1, [.. Enumerable.Repeat((byte)0xFF, 40), 0xC0, 0x00, 0x11]); // a fake SOF0 inside APP1 must be skipped
        Segment(jpeg, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        var frame = new byte[15];
        frame[0] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(1), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(3), (ushort)width);
        frame[5] = 3;
        new byte[] { 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 }.CopyTo(frame, 6);
        jpeg.Write([0xFF, 0xFF]); // fill bytes before a marker are allowed
        Segment(jpeg, 0xC0, frame);
        Segment(jpeg, 0xC4, [0, 0, 1, .. new byte[15], 0]);
        Segment(jpeg, 0xDA, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0]);
        jpeg.Write([0x12, 0x34, 0xFF, 0x00, 0x56]);
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    /// <summary>A lossless WebP (VP8L): signature 0x2F, then width-1 and height-1 in 14 bits each.</summary>
    public static byte[] WebPLossless(int width, int height)
    {
        var bits = (uint)(width - 1) | ((uint)(height - 1) << 14) | (1u << 28);
        var data = new byte[] { 0x2F, 0, 0, 0, 0, 0x07, 0x10, 0x11 };
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(1), bits);
        return Riff(("VP8L", data));
    }

    /// <summary>A lossy WebP (VP8 key frame): frame tag, start code 9D 01 2A, 14-bit width and height.</summary>
    public static byte[] WebPLossy(int width, int height)
    {
        var data = new byte[] { 0x50, 0x02, 0x00, 0x9D, 0x01, 0x2A, 0, 0, 0, 0, 0x01, 0x02, 0x03, 0x04 };
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(8), (ushort)height);
        return Riff(("VP8 ", data));
    }

    /// <summary>An extended WebP (VP8X, alpha flag) with its canvas size, followed by the VP8L image.</summary>
    public static byte[] WebPExtended(int width, int height)
    {
        var header = new byte[10];
        header[0] = 0x10;
        Uint24(header.AsSpan(4), width - 1);
        Uint24(header.AsSpan(7), height - 1);
        var lossless = WebPLossless(width, height)[20..];
        return Riff(("VP8X", header), ("VP8L", lossless));
    }

    public static string Svg(string attributes = "width=\"64\" height=\"32\"", string body = "<rect width=\"10\" height=\"10\" fill=\"#0af\"/>") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" {attributes}>\n  {body}\n</svg>\n";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Riff(params (string Type, byte[] Data)[] chunks)
    {
        using var body = new MemoryStream();
        body.Write("WEBP"u8);
        foreach (var (type, data) in chunks)
        {
            body.Write(Encoding.ASCII.GetBytes(type));
            var size = new byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(size, data.Length);
            body.Write(size);
            body.Write(data);
            if (data.Length % 2 == 1)
            {
                body.WriteByte(0);
            }
        }

        var riff = new byte[8 + body.Length];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteInt32LittleEndian(riff.AsSpan(4), (int)body.Length);
        body.ToArray().CopyTo(riff, 8);
        return riff;
    }

    private static void Uint24(Span<byte> target, int value)
    {
        target[0] = (byte)value;
        target[1] = (byte)(value >> 8);
        target[2] = (byte)(value >> 16);
    }

    private static void Segment(Stream jpeg, byte marker, byte[] payload)
    {
        jpeg.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        jpeg.Write(payload);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc(typed));
        png.Write(crc);
    }

    // Written out here rather than borrowed from the code under test, so a wrong table would show.
    private static uint Crc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
