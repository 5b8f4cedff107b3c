namespace FleetCatalog.Diagnostics;

/// <summary>How serious a finding is. Errors fail validation; warnings and infos do not.</summary>
internal enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
