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

    private const string Prologue = "<!doctype html><html><body>";

    // One parser per thread: a parser brings its browsing context, whose services (the CSS selector parser and its
    // cache among them) the guide passes use; a new one per guide cost about a fifth of rendering a catalog.
    [ThreadStatic]
    private static HtmlParser? parser;

    public IHtmlDocument Sanitize(string html)
    {
        var document = Build(html);
        var body = document.Body!;
        UnsafeElements.Remove(body);
        LegacyMarkup.Normalize(body);
        UrlAttributes.Clean(body);
        sanitizer.SanitizeDom(document, body);
        return document;
    }

    /// <summary>
    /// The document of the guide's HTML. Markdown's own HTML, and raw HTML written as cleanly, is built straight into
    /// the tree (<see cref="WellFormedHtmlTree"/>); anything else is parsed. Either way the sanitiser sees the same tree.
    /// </summary>
    internal static IHtmlDocument Build(string html)
    {
        parser ??= new HtmlParser();
        var document = parser.ParseDocument(Prologue);
        if (WellFormedHtmlTree.TryAppend(html, document.Body!))
        {
            return document;
        }

        document.Dispose();
        return parser.ParseDocument(Prologue + html);
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
