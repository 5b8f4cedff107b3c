using FleetCatalog.Diagnostics;

namespace FleetCatalog.Output;

/// <summary>
/// A link check's findings (sorted by page, then in page order), what it ran on, the hash of each page's and SVG
/// file's ids (for the next build's <see cref="LinkCheckBaseline"/>), and how many pages it read for their links.
/// </summary>
internal sealed record LinkCheckResult(IReadOnlyList<Diagnostic> Findings, LinkCheckRecord Record, IReadOnlyDictionary<string, string> Ids, int PagesChecked);
