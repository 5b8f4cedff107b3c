using FleetCatalog.Sources.Logos;

namespace FleetCatalog.Tests.Sources.Logos;

/// <summary>Garbage in, a verdict out: the sniffer reads untrusted bytes and must never throw or hang.</summary>
public sealed class ImageSnifferFuzzTests
{
    private static readonly byte[][] Seeds =
    [
        TestImages.Png(5, 3),
        TestImages.Jpeg(33, 17),
        TestImages.WebPLossy(9, 9),
        TestImages.WebPLossless(9, 9),
        TestImages.WebPExtended(9, 9),
        TestImages.Utf8(TestImages.Svg("viewBox=\"0 0 9 9\"", "<style>a{fill:url(#a)}</style><use href=\"#a\"/>")),
    ];

    [Fact]
    public void Every_truncation_of_every_valid_image_gets_a_verdict()
    {
        foreach (var seed in Seeds)
        {
            for (var length = 0; length < seed.Length; length++)
            {
                var result = ImageSniffer.Inspect(seed.AsSpan(0, length));

                Assert.True(result.Image is not null || (result.Failure is not null && !string.IsNullOrEmpty(result.Problem)));
            }
        }
    }

    [Fact]
    public void Random_bytes_and_random_damage_to_valid_images_never_throw()
    {
        var random = new Random(20240601);
        for (var i = 0; i < 3000; i++)
        {
            var seed = Seeds[random.Next(Seeds.Length)];
            var bytes = (byte[])seed.Clone();
            for (var flips = random.Next(1, 6); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            AssertVerdict(bytes);
        }

        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            var prefix = Seeds[random.Next(Seeds.Length)].AsSpan(0, Math.Min(bytes.Length, random.Next(0, 24)));
            prefix.CopyTo(bytes);

            AssertVerdict(bytes);
        }
    }

    [Fact]
    public void Extreme_declared_lengths_are_bounds_checked()
    {
        byte[] pngHugeChunk = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFF, 0xFF, 0xFF, .. "IHDR"u8, 0, 0, 0, 0];
        byte[] jpegHugeSegment = [0xFF, 0xD8, 0xFF, 0xE0, 0xFF, 0xFF, 0, 0];
        byte[] riffHuge = [.. "RIFF"u8, 0xFF, 0xFF, 0xFF, 0xFF, .. "WEBP"u8, .. "VP8X"u8, 0xFF, 0xFF, 0xFF, 0x7F];
        byte[] riffTiny = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8];

        foreach (var bytes in new[] { pngHugeChunk, jpegHugeSegment, riffHuge, riffTiny })
        {
            Assert.Equal(LogoFailureKind.NotAnImage, ImageSniffer.Inspect(bytes).Failure);
        }
    }

    private static void AssertVerdict(byte[] bytes)
    {
        var result = ImageSniffer.Inspect(bytes);
        Assert.True(result.Image is not null || (result.Failure is not null && result.Problem is not null), Convert.ToHexString(bytes));
    }
}
