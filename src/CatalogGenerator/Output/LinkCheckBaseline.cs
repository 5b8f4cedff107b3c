using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Output;

/// <summary>
/// The live site's last link check, from its manifest: what it ran on, a hash of the ids of every page and SVG file
/// (<see cref="LinkChecker.IdsHash"/>), and its findings (CAT820 and CAT821 warnings: a site with link errors is not
/// published, so it has no manifest to carry them).
/// </summary>
internal sealed record LinkCheckBaseline(LinkCheckRecord Record, IReadOnlyDictionary<string, string> Ids, ImmutableArray<Diagnostic> Findings);
