using System.Text.Encodings.Web;
using System.Text.Json;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Cli.Formats;

/// <summary>Machine-readable diagnostics: <c>{"diagnostics":[…],"summary":{…}}</c>, positions 1-based, files named as every format names them.</summary>
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
                DiagnosticJson.Write(json, d with { File = report.PathFromWorkingDirectory(d) });
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
