namespace FleetCatalog.Rendering.Sanitizing;

/// <summary>
/// What a guide's HTML may contain: the elements and attributes GitHub keeps in a README (<c>&lt;details&gt;</c>,
/// <c>&lt;picture&gt;</c>, <c>&lt;kbd&gt;</c>, <c>&lt;sub&gt;</c>, <c>width</c> on images...) and nothing that runs
/// code, loads a page, submits data or styles itself out of its box. Everything else is unwrapped (its text kept) or,
/// for <see cref="UnsafeElements"/>, dropped with its content.
/// </summary>
internal static class GuideAllowList
{
    public static readonly IReadOnlySet<string> Tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "aside", "b", "bdi", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
        "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
        "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp",
        "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "time", "tr", "u", "ul", "var", "wbr",
    };

    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "sizes", "media", "alt", "title", "width", "height", "colspan", "rowspan", "scope",
        "open", "start", "reversed", "value", "datetime", "lang", "dir", "id", "class", "type", "checked", "disabled",
    };

    /// <summary>Web links and mail; never <c>javascript:</c>, <c>vbscript:</c>, <c>data:</c> or <c>file:</c>.</summary>
    public static readonly IReadOnlySet<string> Schemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" };

    /// <summary>Classes Markdig and this renderer write; an author's own classes would only style against the theme.</summary>
    public static readonly IReadOnlySet<string> Classes = new HashSet<string>(StringComparer.Ordinal)
    {
        "contains-task-list", "task-list-item", "footnotes", "footnote-ref", "footnote-back-ref",
        "guide-code", "guide-alert", "guide-alert-title", "guide-alert-note", "guide-alert-tip", "guide-alert-important",
        "guide-alert-warning", "guide-alert-caution",
    };

    /// <summary>Fenced code's language (<c>language-python</c>), which syntax highlighters read.</summary>
    public static bool IsLanguageClass(string name) =>
        name.Length is > 9 and <= 49 && name.StartsWith("language-", StringComparison.Ordinal)
        && name.Skip(9).All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+' or '#' or '.');
}
