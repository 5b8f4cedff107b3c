using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Model;

namespace FleetCatalog.Rendering.Pages;

/// <summary>One page to render: where it goes in the site, with which layout, from which view.</summary>
/// <param name="View">The view; for a page with a <paramref name="Produce"/>, a stand-in that names its costly parts by the hash of their inputs.</param>
/// <param name="Produce">
/// Makes the real view and what making it found (a guide rendered from Markdown), only when the page must be
/// rendered: an unchanged page of an incremental build is kept without it. Null when <paramref name="View"/> is the view.
/// </param>
internal sealed record SitePage(string Path, string Layout, IPageView View, Func<(IPageView View, ImmutableArray<Diagnostic> Findings)>? Produce = null);
