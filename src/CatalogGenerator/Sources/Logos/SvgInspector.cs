using System.Text;
using System.Xml;

namespace FleetCatalog.Sources.Logos;

/// <summary>
/// Checks that markup is an SVG image (root <c>&lt;svg&gt;</c> in the SVG namespace with a size) and that it is
/// safe to serve from the catalog's own origin: no scripts, event handlers, foreignObject or references to
/// anything outside the file. The XML is read without DTD processing, resolver or entity expansion.
/// </summary>
internal static class SvgInspector
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = 2 * ImageSniffer.MaxBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    public static ImageInspection Inspect(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes.ToArray(), writable: false), Settings);
            return Walk(reader, bytes);
        }
        catch (XmlException e)
        {
            return NotWellFormed(bytes, e);
        }
        catch (DecoderFallbackException)
        {
            return ImageInspection.NotAnImage("a file that starts like an SVG but is not valid text in its declared encoding");
        }
    }

    private static ImageInspection Walk(XmlReader reader, ReadOnlySpan<byte> bytes)
    {
        ImageInspection? size = null;
        var styleDepth = -1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                size ??= Root(reader, bytes);
                var problem = size.IsImage ? SvgSafety.CheckElement(reader) : null;
                if (!size.IsImage || problem is not null)
                {
                    return problem is null ? size : ImageInspection.Unsafe(problem);
                }

                if (reader.LocalName == "style" && !reader.IsEmptyElement)
                {
                    styleDepth = reader.Depth;
                }
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && styleDepth >= 0)
            {
                var problem = SvgSafety.CheckCss(reader.Value, "its <style> element");
                if (problem is not null)
                {
                    return ImageInspection.Unsafe(problem);
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == styleDepth)
            {
                styleDepth = -1;
            }
        }

        return size ?? ImageInspection.NotAnImage("markup without any element, not an SVG image");
    }

    private static ImageInspection Root(XmlReader reader, ReadOnlySpan<byte> bytes)
    {
        if (reader.LocalName != "svg")
        {
            var found = ContentDescriber.Describe(bytes);
            return ImageInspection.NotAnImage(found.StartsWith("an HTML page", StringComparison.Ordinal)
                ? found
                : $"an XML document whose root element is <{reader.Name}>, not an SVG image");
        }

        return reader.NamespaceURI != Namespace
            ? ImageInspection.NotAnImage($"an SVG without xmlns=\"{Namespace}\" on its <svg> element, which browsers will not draw as an image; add it")
            : SvgSize.Read(reader.GetAttribute("width"), reader.GetAttribute("height"), reader.GetAttribute("viewBox"));
    }

    private static ImageInspection NotWellFormed(ReadOnlySpan<byte> bytes, XmlException e)
    {
        var found = ContentDescriber.Describe(bytes);
        if (found.StartsWith("an HTML page", StringComparison.Ordinal))
        {
            return ImageInspection.NotAnImage(found);
        }

        var text = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 64 * 1024)]);
        if (text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
        {
            return ImageInspection.NotAnImage("an SVG that relies on entities declared in its DOCTYPE (as some Illustrator exports do), which the catalog does not expand; export it again as plain SVG, for example through SVGO");
        }

        return ImageInspection.NotAnImage($"markup that is not well-formed XML (line {e.LineNumber}, column {e.LinePosition}: {FirstSentence(e.Message)}), so not an SVG image");
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
