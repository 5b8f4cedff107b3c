namespace FleetCatalog.Rendering.Model;

/// <summary>A link to one of the static filtered listings (a category or an architecture), with its count.</summary>
/// <param name="Current">True on the listing it leads to (rendered as <c>aria-current="page"</c>).</param>
internal sealed record FilterLinkView(string Label, string Url, int Count, bool Current);
