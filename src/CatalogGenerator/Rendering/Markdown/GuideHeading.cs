namespace FleetCatalog.Rendering.Markdown;

/// <summary>A heading of the rendered guide, for a table of contents.</summary>
/// <param name="Level">1 to 6, after <see cref="GuideContext.HighestHeadingLevel"/> moved it.</param>
/// <param name="Text">The heading's text, spaces collapsed.</param>
/// <param name="Id">The element's id in the HTML (<c>guide-getting-started</c>); link to it with <c>#</c> + Id.</param>
internal sealed record GuideHeading(int Level, string Text, string Id);
