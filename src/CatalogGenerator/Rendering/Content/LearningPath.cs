using System.Collections.Immutable;
using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Rendering.Content;

/// <summary>A route through the learn pages, in order, with catalog projects to practise it on.</summary>
/// <param name="Pages">Learn page slugs (<c>site/learn/&lt;slug&gt;.md</c>), in reading order; each file exists (a page
/// left out of the loaded pages for its own errors is still named here, and the build has errors anyway).</param>
/// <param name="Projects">Catalog project slugs (<c>projects/&lt;slug&gt;.yml</c>); all exist.</param>
internal sealed record LearningPath(string Title, string Summary, ImmutableArray<string> Pages, ImmutableArray<string> Projects)
{
    /// <summary>The path's anchor on the home and learn pages, from its title (<c>your-first-fleet</c>).</summary>
    public string Slug => Slugs.ToKebabCase(Title);
}
