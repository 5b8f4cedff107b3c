using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Search;

/// <summary>What the search stage did: pages indexed, how long it took, and its findings (empty when all went well).</summary>
internal sealed record SearchIndexResult(int Pages, TimeSpan Elapsed, ImmutableArray<Diagnostic> Diagnostics);
