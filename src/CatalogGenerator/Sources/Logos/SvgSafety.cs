using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace FleetCatalog.Sources.Logos;

/// <summary>
/// What makes an SVG unsafe to serve from the catalog's origin: anything that runs code (script, event
/// handlers, javascript: links, links set by animation) or brings in content from elsewhere (foreignObject,
/// embedded documents, external href, CSS url() and @import). Each check returns a phrase for
/// "The logo at URL is …", or null.
/// </summary>
internal static partial class SvgSafety
{
    private const string Origin = "the catalog serves logos from its own site, where such content could act on its visitors";

    private static readonly HashSet<string> CodeElements = new(["script", "handler", "listener"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> EmbeddingElements = new(["foreignObject", "iframe", "embed", "object", "frame", "frameset", "portal"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> AnimationElements = new(["set", "animate", "animateTransform", "animateMotion", "animateColor"], StringComparer.OrdinalIgnoreCase);

    public static string? CheckElement(XmlReader reader)
    {
        var element = reader.LocalName;
        if (CodeElements.Contains(element))
        {
            return $"an SVG with a <{element}> element, which would run code; {Origin}; remove it";
        }

        if (EmbeddingElements.Contains(element))
        {
            return $"an SVG with a <{element}> element, which embeds other content (HTML, pages) that could run code; {Origin}; remove it";
        }

        try
        {
            return CheckAttributes(reader, element);
        }
        finally
        {
            reader.MoveToElement();
        }
    }

    public static string? CheckCss(string css, string where)
    {
        var plain = Unescape(css);
        if (plain.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return $"an SVG whose {where} imports a style sheet from elsewhere (@import); {Origin}; remove it";
        }

        if (plain.Contains("expression(", StringComparison.OrdinalIgnoreCase) || IsScriptUrl(plain))
        {
            return $"an SVG whose {where} contains script ('{ContentDescriber.Excerpt(plain.Trim())}'); {Origin}; remove it";
        }

        foreach (Match url in UrlFunction().Matches(plain))
        {
            var target = url.Groups[1].Value.Trim().Trim('"', '\'').Trim();
            if (!IsInternalReference(target))
            {
                return $"an SVG whose {where} loads '{ContentDescriber.Excerpt(target)}' from elsewhere; {Origin}; use only references to its own parts, such as url(#gradient)";
            }
        }

        return null;
    }

    private static string? CheckAttributes(XmlReader reader, string element)
    {
        var animation = AnimationElements.Contains(element);
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI == "http://www.w3.org/2000/xmlns/")
            {
                continue;
            }

            var name = reader.LocalName;
            var value = reader.Value;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                return $"an SVG with an event handler ({reader.Name}=\"{ContentDescriber.Excerpt(value)}\" on <{element}>), which would run code; {Origin}; remove it";
            }

            if (IsScriptUrl(value))
            {
                return $"an SVG with a javascript: link ({reader.Name} on <{element}>), which would run code; {Origin}; remove it";
            }

            if (animation && name == "attributeName" && value.Trim().EndsWith("href", StringComparison.OrdinalIgnoreCase))
            {
                return $"an SVG that animates a link (<{element} attributeName=\"{value.Trim()}\">), a known way to slip in script; {Origin}; remove it";
            }

            if (name.Equals("href", StringComparison.OrdinalIgnoreCase) && !IsInternalReference(value.Trim()))
            {
                return $"an SVG that refers to '{ContentDescriber.Excerpt(value.Trim())}' ({reader.Name} on <{element}>); {Origin}, so an SVG may only refer to its own parts (href=\"#id\"); embed or remove it";
            }

            if (value.Contains("url(", StringComparison.OrdinalIgnoreCase) || name == "style")
            {
                var problem = CheckCss(value, $"{reader.Name} attribute on <{element}>");
                if (problem is not null)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    // A fragment (#id) or a raster image written into the file; never another SVG, which could hold script.
    private static bool IsInternalReference(string target) =>
        target.StartsWith('#') || SafeDataImage().IsMatch(target);

    private static bool IsScriptUrl(string value)
    {
        var squeezed = new string([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        return squeezed.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || squeezed.Contains("vbscript:", StringComparison.OrdinalIgnoreCase);
    }

    // CSS escapes (\75 rl or \u) would otherwise hide url( and @import from the checks.
    private static string Unescape(string css)
    {
        if (!css.Contains('\\', StringComparison.Ordinal))
        {
            return css;
        }

        return CssEscape().Replace(css, m =>
        {
            var hex = m.Groups[1].Value;
            if (hex.Length == 0)
            {
                return m.Groups[2].Value;
            }

            var code = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
        });
    }

    [GeneratedRegex(@"url\s*\(([^)]*)\)?", RegexOptions.IgnoreCase)]
    private static partial Regex UrlFunction();

    [GeneratedRegex(@"^data:image/(png|jpeg|jpg|gif|webp)[;,]", RegexOptions.IgnoreCase)]
    private static partial Regex SafeDataImage();

    [GeneratedRegex(@"\\(?:([0-9a-fA-F]{1,6})\s?|([^0-9a-fA-F\r\n]))")]
    private static partial Regex CssEscape();
}
