using System.Text.Json;

namespace FleetCatalog.Diagnostics;

/// <summary>One diagnostic as a JSON object, the same in <c>validate --format json</c> and the build report.</summary>
internal static class DiagnosticJson
{
    public static void Write(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("code", d.Code);
        json.WriteString("severity", SeverityName(d.Severity));
        json.WriteString("message", d.Message);
        json.WriteString("file", d.File);

        // Whole-file findings point at 1,1: every consumer (annotations, SARIF) needs a position.
        json.WriteNumber("line", Math.Max(d.Span.Line, 1));
        json.WriteNumber("column", Math.Max(d.Span.Column, 1));
        if (!d.Span.IsNone)
        {
            json.WriteNumber("endLine", d.Span.EndLine);
            json.WriteNumber("endColumn", d.Span.EndColumn);
        }

        json.WriteEndObject();
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
