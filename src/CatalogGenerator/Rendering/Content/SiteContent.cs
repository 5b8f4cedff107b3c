using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Rendering.Content;

/// <summary>
/// The site's hand-written content: <c>site/site.yml</c> and the learn pages in <c>site/learn/</c>, read together
/// so that learning paths are checked against the pages that exist. The one call a build needs.
/// </summary>
/// <param name="Config">The settings, or null when site.yml is unusable (see <see cref="SiteConfig.Load"/>).</param>
/// <param name="LearnPages">The usable learn pages, in menu order.</param>
/// <param name="Diagnostics">Everything found, site.yml first; the site must not be published when one is an error.</param>
internal sealed record SiteContent(SiteConfig? Config, ImmutableArray<LearnPage> LearnPages, ImmutableArray<Diagnostic> Diagnostics)
{
    public const string DefaultDirectory = "site";

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Reads <c>site.yml</c> and <c>learn/*.md</c> under <paramref name="siteDirectory"/>.</summary>
    /// <param name="projectSlugs">The catalog's project slugs (the <c>projects/*.yml</c> names), for featured and learning-path projects.</param>
    /// <param name="folder">How diagnostics name <paramref name="siteDirectory"/>.</param>
    public static SiteContent Load(string siteDirectory, IEnumerable<string> projectSlugs, string folder = DefaultDirectory)
    {
        var learn = Content.LearnPages.Load(Path.Combine(siteDirectory, "learn"), $"{folder}/learn");
        var config = SiteConfig.Load(Path.Combine(siteDirectory, "site.yml"), projectSlugs, learn.FileSlugs, $"{folder}/site.yml");
        return new SiteContent(config.Config, learn.Pages, [.. config.Diagnostics, .. learn.Diagnostics]);
    }
}
