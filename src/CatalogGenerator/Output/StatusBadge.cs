using System.Globalization;
using System.Xml;

namespace FleetCatalog.Output;

/// <summary>
/// /badges/&lt;slug&gt;.svg: a flat, shields-style badge "fleet catalog | works by default" for authors'
/// READMEs. Accessible (role="img", a title and an aria-label saying the same), colours that keep text
/// at WCAG AA contrast (dark text on yellow and grey), deterministic.
/// </summary>
internal static class StatusBadge
{
    public const string Label = "fleet catalog";

    private const string Svg = "http://www.w3.org/2000/svg";
    private const string LabelColor = "#555";
    private const string Light = "#fff";
    private const string Dark = "#1b1b1b";
    private const int Padding = 5;

    /// <summary>What the right-hand half says for a status ("works by default", "3 warnings", ...).</summary>
    public static string Message(ProjectStatus status, int warnings) => status switch
    {
        ProjectStatus.Ok => "works by default",
        ProjectStatus.Warnings => warnings == 1 ? "1 warning" : $"{warnings.ToString(CultureInfo.InvariantCulture)} warnings",
        ProjectStatus.Failing => "failing",
        ProjectStatus.Stale => "stale",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <param name="warnings">The number of warnings, shown for <see cref="ProjectStatus.Warnings"/>.</param>
    public static string Render(ProjectStatus status, int warnings = 0)
    {
        var message = Message(status, warnings);
        var (background, text) = Colors(status);
        var labelText = BadgeTextWidth.Of(Label);
        var messageText = BadgeTextWidth.Of(message);
        var labelWidth = (int)Math.Ceiling(labelText) + (2 * Padding);
        var messageWidth = (int)Math.Ceiling(messageText) + (2 * Padding);
        var width = labelWidth + messageWidth;
        var spoken = $"{Label}: {message}";
        return XmlOutput.Write(
            svg =>
            {
                svg.WriteStartElement("svg", Svg);
                Attributes(svg, ("width", Number(width)), ("height", "20"), ("role", "img"), ("aria-label", spoken));
                svg.WriteElementString("title", Svg, spoken);
                svg.WriteStartElement("linearGradient", Svg);
                Attributes(svg, ("id", "fleet-catalog-badge-shine"), ("x2", "0"), ("y2", "100%"));
                Element(svg, "stop", ("offset", "0"), ("stop-color", "#bbb"), ("stop-opacity", ".1"));
                Element(svg, "stop", ("offset", "1"), ("stop-opacity", ".1"));
                svg.WriteEndElement();
                svg.WriteStartElement("clipPath", Svg);
                svg.WriteAttributeString("id", "fleet-catalog-badge-round");
                Element(svg, "rect", ("width", Number(width)), ("height", "20"), ("rx", "3"), ("fill", "#fff"));
                svg.WriteEndElement();
                svg.WriteStartElement("g", Svg);
                svg.WriteAttributeString("clip-path", "url(#fleet-catalog-badge-round)");
                Element(svg, "rect", ("width", Number(labelWidth)), ("height", "20"), ("fill", LabelColor));
                Element(svg, "rect", ("x", Number(labelWidth)), ("width", Number(messageWidth)), ("height", "20"), ("fill", background));
                Element(svg, "rect", ("width", Number(width)), ("height", "20"), ("fill", "url(#fleet-catalog-badge-shine)"));
                svg.WriteEndElement();
                svg.WriteStartElement("g", Svg);
                Attributes(svg, ("aria-hidden", "true"), ("text-anchor", "middle"), ("font-family", "Verdana,Geneva,DejaVu Sans,sans-serif"),
                    ("text-rendering", "geometricPrecision"), ("font-size", "110"));
                Text(svg, Label, labelWidth / 2.0, labelText, Light);
                Text(svg, message, labelWidth + (messageWidth / 2.0), messageText, text);
                svg.WriteEndElement();
                svg.WriteEndElement();
            },
            declaration: false);
    }

    /// <summary>Background and text colour of the message half; each pair has a contrast of at least 4.5:1.</summary>
    public static (string Background, string Text) Colors(ProjectStatus status) => status switch
    {
        ProjectStatus.Ok => ("#2e7d32", Light),
        ProjectStatus.Warnings => ("#dfb317", Dark),
        ProjectStatus.Failing => ("#c62828", Light),
        ProjectStatus.Stale => ("#9f9f9f", Dark),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    // Drawn at ten times the size and scaled down, as shields does, for sub-pixel placement in integers.
    private static void Text(XmlWriter svg, string text, double center, double width, string fill)
    {
        svg.WriteStartElement("text", Svg);
        Attributes(svg, ("x", Number(center * 10)), ("y", "140"), ("transform", "scale(.1)"), ("fill", fill),
            ("textLength", Number(Math.Round(width * 10))));
        svg.WriteString(text);
        svg.WriteEndElement();
    }

    private static void Element(XmlWriter svg, string name, params (string Name, string Value)[] attributes)
    {
        svg.WriteStartElement(name, Svg);
        Attributes(svg, attributes);
        svg.WriteEndElement();
    }

    private static void Attributes(XmlWriter svg, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            svg.WriteAttributeString(name, value);
        }
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
