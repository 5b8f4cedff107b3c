using System.Globalization;
using System.Xml.Linq;
using FleetCatalog.Output;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Output;

public sealed class StatusBadgeTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData("Ok", 0, "works by default")]
    [InlineData("Warnings", 3, "3 warnings")]
    [InlineData("Warnings", 1, "1 warning")]
    [InlineData("Failing", 0, "failing")]
    [InlineData("Stale", 0, "stale")]
    public void Each_status_has_its_badge(string status, int warnings, string message)
    {
        var svg = StatusBadge.Render(Enum.Parse<ProjectStatus>(status), warnings);

        Golden.Verify(svg, $"Output/badges/{status.ToLowerInvariant()}-{warnings}.svg");
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal($"fleet catalog: {message}", (string?)root.Attribute("aria-label"));
        Assert.Equal($"fleet catalog: {message}", root.Element(Svg + "title")!.Value);
        Assert.Equal(svg, StatusBadge.Render(Enum.Parse<ProjectStatus>(status), warnings));
    }

    [Theory]
    [InlineData("Ok")]
    [InlineData("Warnings")]
    [InlineData("Failing")]
    [InlineData("Stale")]
    public void Text_fits_its_box_and_keeps_aa_contrast(string status)
    {
        var svg = XDocument.Parse(StatusBadge.Render(Enum.Parse<ProjectStatus>(status), 12)).Root!;
        var boxes = svg.Descendants(Svg + "rect").Where(r => r.Attribute("fill")?.Value.StartsWith('#') == true && r.Parent?.Name == Svg + "g").ToList();
        var texts = svg.Descendants(Svg + "text").ToList();

        Assert.Equal(2, boxes.Count);
        Assert.Equal(2, texts.Count);
        for (var i = 0; i < 2; i++)
        {
            var x = i == 0 ? 0 : Number(boxes[1], "x");
            var width = Number(boxes[i], "width");
            var center = Number(texts[i], "x") / 10;
            var textWidth = Number(texts[i], "textLength") / 10;
            Assert.True(center - (textWidth / 2) >= x + 4 && center + (textWidth / 2) <= x + width - 4, $"'{texts[i].Value}' overflows its box");
            Assert.True(Contrast(boxes[i].Attribute("fill")!.Value, texts[i].Attribute("fill")!.Value) >= 4.5, $"'{texts[i].Value}' is hard to read");
        }

        Assert.Equal(Number(svg, "width"), Number(boxes[0], "width") + Number(boxes[1], "width"));
    }

    [Fact]
    public void Wider_text_makes_a_wider_badge()
    {
        var narrow = Number(XDocument.Parse(StatusBadge.Render(ProjectStatus.Warnings, 1)).Root!, "width");
        var wide = Number(XDocument.Parse(StatusBadge.Render(ProjectStatus.Warnings, 1000)).Root!, "width");

        Assert.True(wide > narrow);
        Assert.True(BadgeTextWidth.Of("WWW") > BadgeTextWidth.Of("iii"));
    }

    private static double Number(XElement element, string attribute) => double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        hex = hex.TrimStart('#');
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => $"{c}{c}"));
        }

        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }
}
