using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Sources.Refresh;

/// <summary>Every project's snapshot, in entry order, the findings about the catalog's own files, and the totals.</summary>
internal sealed record RefreshResult(ImmutableArray<ProjectSnapshot> Projects, ImmutableArray<Diagnostic> CatalogDiagnostics, RefreshTotals Totals);
