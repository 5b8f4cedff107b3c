using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Rendering.Content;

/// <summary>One education page, <c>site/learn/&lt;slug&gt;.md</c>, published at <c>/learn/&lt;slug&gt;/</c>.</summary>
/// <param name="Slug">The file name without <c>.md</c>: lower-case kebab-case.</param>
/// <param name="Title">The page's heading; the body does not repeat it as a <c># heading</c>.</param>
/// <param name="Summary">One or two sentences for the learn index, cards and the page's description.</param>
/// <param name="Order">The page's place in the learn menu, from 1; ties are broken by slug.</param>
/// <param name="MarkdownBody">Everything after the front matter, as written.</param>
/// <param name="SourcePath">Where the page is in the repository (<c>site/learn/getting-started.md</c>), for diagnostics and edit links.</param>
/// <param name="BodyLine">The line of the file on which <paramref name="MarkdownBody"/> starts, to place diagnostics about the body.</param>
internal sealed record LearnPage(
    string Slug,
    string Title,
    string Summary,
    int Order,
    Difficulty Difficulty,
    string MarkdownBody,
    string SourcePath,
    int BodyLine);
