namespace FleetCatalog.Output;

/// <summary>One URL in a page's markup: the attribute it stands in, the decoded URL, where it starts.</summary>
/// <param name="Offset">0-based offset (UTF-16 units) of the URL's first character in the page's text; see <see cref="HtmlLinkScanner.Position"/>.</param>
internal sealed record HtmlLink(string Attribute, string Url, int Offset);
