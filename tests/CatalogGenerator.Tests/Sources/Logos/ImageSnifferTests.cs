using System.Text;
using FleetCatalog.Sources.Logos;

namespace FleetCatalog.Tests.Sources.Logos;

public sealed class ImageSnifferTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(300, 17)]
    public void A_png_is_recognised_with_its_size(int width, int height)
    {
        var result = ImageSniffer.Inspect(TestImages.Png(width, height));

        Assert.Equal(new ImageInfo(ImageFormat.Png, width, height), result.Image);
        Assert.Null(result.Failure);
    }

    [Theory]
    [InlineData(640, 480)]
    [InlineData(1, 4000)]
    public void A_jpeg_is_recognised_with_its_size_from_sof0_after_skipping_app_segments(int width, int height)
    {
        var result = ImageSniffer.Inspect(TestImages.Jpeg(width, height));

        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, width, height), result.Image);
    }

    [Fact]
    public void A_webp_is_recognised_with_its_size_whether_lossy_lossless_or_extended()
    {
        Assert.Equal(new ImageInfo(ImageFormat.WebP, 200, 100), ImageSniffer.Inspect(TestImages.WebPLossy(200, 100)).Image);
        Assert.Equal(new ImageInfo(ImageFormat.WebP, 513, 2), ImageSniffer.Inspect(TestImages.WebPLossless(513, 2)).Image);
        Assert.Equal(new ImageInfo(ImageFormat.WebP, 1, 1), ImageSniffer.Inspect(TestImages.WebPLossless(1, 1)).Image);
        Assert.Equal(new ImageInfo(ImageFormat.WebP, 4000, 3000), ImageSniffer.Inspect(TestImages.WebPExtended(4000, 3000)).Image);
    }

    [Theory]
    [InlineData("width=\"64\" height=\"32\"", 64, 32)]
    [InlineData("width=\"64px\" height=\"32.5px\"", 64, 33)]
    [InlineData("width=\"12pt\" height=\"1in\"", 16, 96)]
    [InlineData("viewBox=\"0 0 24 12\"", 24, 12)]
    [InlineData("viewBox=\"-5,-5,100.5,50\"", 101, 50)]
    [InlineData("width=\"100%\" height=\"100%\" viewBox=\"0 0 24 24\"", 24, 24)]
    [InlineData("width=\"48\" viewBox=\"0 0 24 12\"", 48, 24)]
    public void An_svg_is_recognised_with_its_size_from_width_and_height_or_its_viewbox(string attributes, int width, int height)
    {
        var result = ImageSniffer.Inspect(TestImages.Utf8(TestImages.Svg(attributes)));

        Assert.Equal(new ImageInfo(ImageFormat.Svg, width, height), result.Image);
    }

    [Fact]
    public void An_svg_with_a_bom_comments_and_the_usual_svg_doctype_is_accepted()
    {
        var svg = "\uFEFF<!-- Generator: Adobe Illustrator -->\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><defs><linearGradient id=\"g\"/></defs><use href=\"#g\"/><rect fill=\"url(#g)\" style=\"fill: url('#g')\"/></svg>";

        Assert.Equal(new ImageInfo(ImageFormat.Svg, 10, 10), ImageSniffer.Inspect(Encoding.UTF8.GetPreamble().Concat(TestImages.Utf8(svg[1..])).ToArray()).Image);
    }

    [Fact]
    public void A_png_named_svg_is_a_png_because_only_the_content_counts()
    {
        // No name reaches the sniffer at all; the downloader test serves this same file as logo.svg.
        Assert.Equal(ImageFormat.Png, ImageSniffer.Inspect(TestImages.Png(8, 8)).Image?.Format);
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><head><title>logo.png</title></head><body></body></html>", "an HTML page, not an image")]
    [InlineData("<html lang=\"en\"><body>Not here</body></html>", "an HTML page, not an image")]
    [InlineData("  <!-- page -->\n<html><body/></html>", "an HTML page, not an image")]
    [InlineData("404: Not Found", "text, not an image (it starts '404: Not Found')")]
    [InlineData("{\"message\":\"Not Found\"}", "JSON text, not an image (it starts '{\"message\":\"Not Found\"}')")]
    [InlineData("", "an empty file, not an image")]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000", "a GIF image; logos must be PNG, JPEG, WebP or SVG")]
    [InlineData("<rss version=\"2.0\"><channel/></rss>", "an XML document whose root element is <rss>, not an SVG image")]
    [InlineData("<svg width=\"1\" height=\"1\"></svg>", "an SVG without xmlns=\"http://www.w3.org/2000/svg\" on its <svg> element, which browsers will not draw as an image; add it")]
    public void Files_that_are_not_images_are_named_for_what_they_are(string content, string problem)
    {
        var result = ImageSniffer.Inspect(TestImages.Utf8(content));

        Assert.Null(result.Image);
        Assert.Equal(LogoFailureKind.NotAnImage, result.Failure);
        Assert.Equal(problem, result.Problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("width=\"100%\" height=\"100%\"")]
    [InlineData("viewBox=\"0 0 0 10\"")]
    [InlineData("viewBox=\"nonsense\"")]
    public void An_svg_without_a_usable_size_is_refused_with_the_fix(string attributes)
    {
        var result = ImageSniffer.Inspect(TestImages.Utf8(TestImages.Svg(attributes)));

        Assert.Equal(LogoFailureKind.NotAnImage, result.Failure);
        Assert.Contains("viewBox=\"0 0 WIDTH HEIGHT\"", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_svg_is_refused_with_the_line_of_the_error()
    {
        var result = ImageSniffer.Inspect(TestImages.Utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">\n<g>\n</svg>"));

        Assert.Equal(LogoFailureKind.NotAnImage, result.Failure);
        Assert.StartsWith("markup that is not well-formed XML (line 3,", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_relying_on_doctype_entities_is_refused_without_expanding_them()
    {
        var svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY ns_svg \"http://www.w3.org/2000/svg\"><!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
            + "<svg xmlns=\"&ns_svg;\" viewBox=\"0 0 1 1\">&lol2;</svg>";

        var result = ImageSniffer.Inspect(TestImages.Utf8(svg));

        Assert.Equal(LogoFailureKind.NotAnImage, result.Failure);
        Assert.Contains("entities declared in its DOCTYPE", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_one_mebibyte_is_too_large_whatever_it_holds()
    {
        var png = TestImages.Png(4, 4);
        var big = new byte[2 * 1024 * 1024];
        png.CopyTo(big, 0);

        var result = ImageSniffer.Inspect(big);

        Assert.Equal(LogoFailureKind.TooLarge, result.Failure);
        Assert.Equal("a 2,097,152-byte file (2.0 MiB); logos must be at most 1 MiB", result.Problem);
    }

    [Fact]
    public void A_raster_image_declaring_too_many_pixels_is_too_large()
    {
        var result = ImageSniffer.Inspect(TestImages.WebPExtended(20000, 100));

        Assert.Equal(LogoFailureKind.TooLarge, result.Failure);
        Assert.Contains("20000×100 pixels", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_pngs_are_refused_saying_what_is_wrong()
    {
        var png = TestImages.Png(4, 4);
        var badCrc = (byte[])png.Clone();
        badCrc[20] ^= 0x01; // inside IHDR's width

        Assert.Equal("a damaged PNG file: its IHDR chunk fails its checksum", ImageSniffer.Inspect(badCrc).Problem);
        Assert.Equal("a damaged PNG file: it ends before its IEND chunk, so it is truncated", ImageSniffer.Inspect(png.AsSpan(..^12)).Problem);
        Assert.Equal(LogoFailureKind.NotAnImage, ImageSniffer.Inspect(png.AsSpan(..40)).Failure);
    }

    [Fact]
    public void A_jpeg_cut_before_its_frame_header_is_refused()
    {
        var jpeg = TestImages.Jpeg(10, 10);

        var result = ImageSniffer.Inspect(jpeg.AsSpan(..30));

        Assert.Equal(LogoFailureKind.NotAnImage, result.Failure);
        Assert.StartsWith("a damaged JPEG file", result.Problem, StringComparison.Ordinal);
    }
}
