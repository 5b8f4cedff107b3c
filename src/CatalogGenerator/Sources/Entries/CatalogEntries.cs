using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Sources.Entries;

/// <summary>Every entry that names a project (in file-name order) and everything found reading the folder.</summary>
internal sealed record CatalogEntries(ImmutableArray<CatalogEntry> Entries, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The findings about one entry file.</summary>
    public IEnumerable<Diagnostic> For(string file) => Diagnostics.Where(d => d.File == file);
}
