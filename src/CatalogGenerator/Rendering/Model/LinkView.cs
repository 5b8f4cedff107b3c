namespace FleetCatalog.Rendering.Model;

/// <summary>A link: the words and where they go (ready for <c>href</c>, base path included).</summary>
internal sealed record LinkView(string Label, string Url);
