using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace FleetCatalog.Rendering.Sanitizing;

/// <summary>
/// Turns rendered guide HTML (Markdown output plus the raw HTML READMEs are full of) into a document holding only
/// <see cref="GuideAllowList"/>: no scripts, event handlers, frames, forms, styles or dangerous URLs. The guide is
/// the document's body. Configured once; <see cref="Sanitize"/> is safe to call from several threads.
/// </summary>
internal sealed class GuideSanitizer
{
    private readonly HtmlSanitizer sanitizer = Create();

    // One parser per thread: a parser brings its browsing context, whose services (the CSS selector parser and its
    // cache among them) the guide passes use; a new one per guide cost about a fifth of rendering a catalog.
    [ThreadStatic]
    private static HtmlParser? parser;

    public IHtmlDocument Sanitize(string html)
    {
        var document = (parser ??= new HtmlParser()).ParseDocument("<!doctype html><html><body>" + html);
        var body = document.Body!;
        UnsafeElements.Remove(body);
        LegacyMarkup.Normalize(body);
        UrlAttributes.Clean(body);
        sanitizer.SanitizeDom(document, body);
        return document;
    }

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(GuideAllowList.Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(GuideAllowList.Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(GuideAllowList.Schemes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        return new HtmlSanitizer(options) { KeepChildNodes = true, AllowDataAttributes = false };
    }
}
