using System.Text.Encodings.Web;
using System.Text.Json;

namespace FleetCatalog.Cli.Formats;

/// <summary>Machine-readable diagnostics: <c>{"diagnostics":[…],"summary":{…}}</c>, positions 1-based.</summary>
internal sealed class JsonReportFormat : IReportFormat
{
    public void Write(ValidationReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteStartArray("diagnostics");
            foreach (var d in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("severity", ValidationReport.SeverityName(d.Severity));
                json.WriteString("message", d.Message);
                json.WriteString("file", d.File);
                json.WriteNumber("line", Math.Max(d.Span.Line, 1));
                json.WriteNumber("column", Math.Max(d.Span.Column, 1));
                if (!d.Span.IsNone)
                {
                    json.WriteNumber("endLine", d.Span.EndLine);
                    json.WriteNumber("endColumn", d.Span.EndColumn);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("infos", report.Infos);
            json.WriteNumber("files", report.Results.Count);
            json.WriteBoolean("valid", report.Errors == 0);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
