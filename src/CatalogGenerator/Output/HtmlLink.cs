namespace FleetCatalog.Output;

/// <summary>One URL in a page's markup: the attribute it stands in, the decoded URL, where it starts.</summary>
/// <param name="Line">1-based line of the URL's first character.</param>
/// <param name="Column">1-based column (UTF-16 units) of the URL's first character.</param>
internal sealed record HtmlLink(string Attribute, string Url, int Line, int Column);
