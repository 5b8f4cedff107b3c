using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Validation;

namespace FleetCatalog.Sources.Refresh;

/// <summary>
/// One project after a refresh: what was done (<see cref="Status"/>), the snapshot shown (its record and
/// the folder holding its files, both null only when <see cref="SnapshotStatus.Failed"/>), its validation and every finding.
/// </summary>
internal sealed record ProjectSnapshot(
    CatalogEntry Entry,
    SnapshotStatus Status,
    SnapshotRecord? Record,
    string? FilesDirectory,
    ValidationResult? Validation,
    ImmutableArray<Diagnostic> Diagnostics,
    string? StaleReason)
{
    public string? Commit => Record?.Commit;

    /// <summary>Why the project is <see cref="SnapshotStatus.Stale"/> or <see cref="SnapshotStatus.Failed"/>; null otherwise.</summary>
    public RefreshFailure? Failure { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
