using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Projects;

namespace FleetCatalog.Validation;

/// <summary>A validated project: its input, its manifest (null when unreadable) and its findings.</summary>
internal sealed record ValidationResult(ProjectInput Project, ProjectManifest? Manifest, ImmutableArray<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    public int Infos => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
}
