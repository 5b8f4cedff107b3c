namespace FleetCatalog.Diagnostics;

/// <summary>A stable diagnostic code with its title and usual severity; documented in docs/diagnostics.md.</summary>
internal sealed record DiagnosticDescriptor(string Code, string Title, DiagnosticSeverity DefaultSeverity)
{
    public Diagnostic Create(string message, string file, SourceSpan span) =>
        new(Code, DefaultSeverity, message, file, span);

    public Diagnostic Create(DiagnosticSeverity severity, string message, string file, SourceSpan span) =>
        new(Code, severity, message, file, span);
}
