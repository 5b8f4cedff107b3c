namespace FleetCatalog.Diagnostics;

/// <summary>
/// One finding about one file. Positions are data, never part of <see cref="Message"/>, so that
/// every output format (text, JSON, GitHub annotations, SARIF) can place it.
/// </summary>
/// <param name="File">Path relative to what was validated, with forward slashes.</param>
internal sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, string File, SourceSpan Span)
{
    public static Diagnostic Error(string code, string message, string file, SourceSpan span) =>
        new(code, DiagnosticSeverity.Error, message, file, span);

    public static Diagnostic Warning(string code, string message, string file, SourceSpan span) =>
        new(code, DiagnosticSeverity.Warning, message, file, span);

    public static Diagnostic Info(string code, string message, string file, SourceSpan span) =>
        new(code, DiagnosticSeverity.Info, message, file, span);
}
