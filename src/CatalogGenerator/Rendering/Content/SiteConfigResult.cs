using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Rendering.Content;

/// <summary>The site's settings, or null when site.yml is unusable, and what is wrong with it.</summary>
internal sealed record SiteConfigResult(SiteConfig? Config, ImmutableArray<Diagnostic> Diagnostics);
