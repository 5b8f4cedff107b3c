using System.Text;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Cli.Formats;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>): annotations on the pull request's lines,
/// and, inside Actions, a row in the job summary with the command to reproduce the check.
/// </summary>
/// <param name="summary">Where the job summary goes, or null outside GitHub Actions.</param>
internal sealed class GithubReportFormat(GithubStepSummary? summary = null) : IReportFormat
{
    public void Write(ValidationReport report, TextWriter output)
    {
        foreach (var d in report.Diagnostics)
        {
            var command = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var title = DiagnosticCodes.Find(d.Code) is { } descriptor ? $"{d.Code} {descriptor.Title}" : d.Code;
            var properties = new StringBuilder($"file={Property(report.PathFromWorkingDirectory(d))}");
            if (!d.Span.IsNone)
            {
                properties.Append($",line={d.Span.Line},col={d.Span.Column}");
                if (d.Span.EndLine == d.Span.Line)
                {
                    properties.Append($",endColumn={d.Span.EndColumn}");
                }
                else
                {
                    properties.Append($",endLine={d.Span.EndLine}");
                }
            }

            output.WriteLine($"::{command} {properties},title={Property(title)}::{Data(d.Message)}");
        }

        output.WriteLine($"{report.Summary()}.");
        summary?.Append(report);
    }

    // https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts: escaping rules.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
