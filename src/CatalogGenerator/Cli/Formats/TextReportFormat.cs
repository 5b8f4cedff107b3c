namespace FleetCatalog.Cli.Formats;

/// <summary>Compiler-style lines, <c>file(line,col): error CODE: message</c>, that editors and terminals link to.</summary>
internal sealed class TextReportFormat : IReportFormat
{
    public void Write(ValidationReport report, TextWriter output)
    {
        foreach (var d in report.Diagnostics)
        {
            var position = d.Span.IsNone ? string.Empty : $"({d.Span.Line},{d.Span.Column})";
            // Continuation lines (a rewritten manifest, say) are indented so each finding still starts at column 1.
            var message = d.Message.Replace("\n", "\n    ", StringComparison.Ordinal);
            output.WriteLine($"{report.PathFromWorkingDirectory(d)}{position}: {ValidationReport.SeverityName(d.Severity)} {d.Code}: {message}");
        }

        if (report.Combined)
        {
            var failing = report.Failing == 0 ? string.Empty : $" ({report.Failing} of them with errors)";
            output.WriteLine($"{report.Results.Count} {(report.Results.Count == 1 ? "file" : "files")} checked{failing}: {report.Summary()}.");
            return;
        }

        var files = report.Results.Select(r => report.PathFromWorkingDirectory(r.Project.ManifestPath));
        output.WriteLine($"{string.Join(", ", files)}: {report.Summary()}.");
    }
}
