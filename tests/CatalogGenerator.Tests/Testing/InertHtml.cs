using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FleetCatalog.Tests.Testing;

/// <summary>
/// Asserts that guide HTML is inert, by parsing it as a browser would and checking every element and attribute against
/// an allow-list kept here, apart from the renderer's own, so that a mistake in one is not repeated in the other.
/// </summary>
internal static class InertHtml
{
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "aside", "b", "bdi", "blockquote", "br", "button", "caption", "cite", "code", "col", "colgroup", "dd",
        "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp",
        "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "time", "tr", "u", "ul", "var", "wbr",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "href", "src", "srcset", "sizes", "media", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "open",
        "start", "reversed", "value", "datetime", "lang", "dir", "id", "class", "type", "checked", "disabled", "rel",
        "loading", "decoding", "tabindex", "role", "aria-label", "aria-hidden", "hidden",
    };

    public static IElement Parse(string html)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        return document.Body!;
    }

    public static void Assert(string html, string? site = null)
    {
        var body = Parse(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (!Elements.Contains(element.LocalName))
            {
                Xunit.Assert.Fail($"<{element.LocalName}> is not allowed in a guide: {element.OuterHtml[..Math.Min(200, element.OuterHtml.Length)]}");
            }

            foreach (var attribute in element.Attributes)
            {
                if (!Attributes.Contains(attribute.Name) || attribute.Value.Contains("script:", StringComparison.OrdinalIgnoreCase) || attribute.Value.Any(IsBidiControl))
                {
                    Xunit.Assert.Fail($"attribute {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}> is not allowed in a guide");
                }
            }

            CheckElement(element, site);
            if (element.GetAttribute("id") is { } id && (!id.StartsWith("guide-", StringComparison.Ordinal) || !ids.Add(id)))
            {
                Xunit.Assert.Fail($"id {id} is not prefixed with guide- or appears twice");
            }
        }

        Xunit.Assert.False(body.TextContent.Any(IsBidiControl), "a bidi control character in the text");
    }

    private static void CheckElement(IElement element, string? site)
    {
        switch (element.LocalName)
        {
            case "a" when element.GetAttribute("href") is { } href:
                if (!(href.StartsWith('#') || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
                    || href.Any(c => c is (>= '\u200B' and <= '\u200F') or '\u2060' or '\uFEFF'))
                {
                    Xunit.Assert.Fail($"a guide may not link to {href}");
                }

                if (!href.StartsWith('#') && (site is null || !href.StartsWith(site, StringComparison.Ordinal)))
                {
                    Xunit.Assert.Equal("noopener nofollow ugc", element.GetAttribute("rel"));
                }

                break;
            case "img":
                Xunit.Assert.StartsWith("https://", element.GetAttribute("src"), StringComparison.Ordinal);
                Xunit.Assert.Equal("lazy", element.GetAttribute("loading"));
                Xunit.Assert.Equal("async", element.GetAttribute("decoding"));
                Xunit.Assert.NotNull(element.GetAttribute("alt"));
                break;
            case "source":
                Xunit.Assert.Equal("picture", element.ParentElement?.LocalName);
                Xunit.Assert.All(element.GetAttribute("srcset")!.Split(','), c => Xunit.Assert.StartsWith("https://", c.Trim(), StringComparison.Ordinal));
                break;
            case "input":
                Xunit.Assert.Equal("checkbox", element.GetAttribute("type"));
                Xunit.Assert.True(element.HasAttribute("disabled"));
                break;
            case "button":
                Xunit.Assert.Equal("button", element.GetAttribute("type"));
                Xunit.Assert.Equal("copy", element.GetAttribute("class"));
                Xunit.Assert.True(element.HasAttribute("hidden"));
                break;
            default:
                break;
        }

        if (element.GetAttribute("srcset") is { } srcset)
        {
            Xunit.Assert.All(srcset.Split(','), c => Xunit.Assert.StartsWith("https://", c.Trim(), StringComparison.Ordinal));
        }
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
