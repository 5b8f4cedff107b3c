using FleetCatalog.Diagnostics;
using FleetCatalog.Validation;

namespace FleetCatalog.Cli.Formats;

/// <summary>The results of one <c>catalog validate</c> run, and where their files are relative to the current directory.</summary>
/// <param name="BaseDirectory">Prefix that turns a diagnostic's file into a path from the current directory ("" for standard input).</param>
/// <param name="Combined">Several paths' results in one report (<c>catalog validate DIR DIR...</c>), their files already named from the current directory.</param>
internal sealed record ValidationReport(string BaseDirectory, IReadOnlyList<ValidationResult> Results, bool Combined = false)
{
    public IEnumerable<Diagnostic> Diagnostics => Results.SelectMany(r => r.Diagnostics);

    public int Errors => Results.Sum(r => r.Errors);

    public int Warnings => Results.Sum(r => r.Warnings);

    public int Infos => Results.Sum(r => r.Infos);

    /// <summary>
    /// The diagnostic's file as seen from the current directory, forward slashes: how every format names a file, so
    /// text, JSON, GitHub annotations and SARIF point at the same path and editors and CI can open it.
    /// </summary>
    public string PathFromWorkingDirectory(Diagnostic diagnostic) => PathFromWorkingDirectory(diagnostic.File);

    /// <summary>A file of the project (its manifest, say) as seen from the current directory; see <see cref="PathFromWorkingDirectory(Diagnostic)"/>.</summary>
    public string PathFromWorkingDirectory(string file) =>
        BaseDirectory.Length == 0 ? file : Path.Join(BaseDirectory, file).Replace('\\', '/');

    public static string SeverityName(DiagnosticSeverity severity) => DiagnosticJson.SeverityName(severity);

    /// <summary>"2 errors, 1 warning, no infos".</summary>
    public string Summary() => $"{Count(Errors, "error")}, {Count(Warnings, "warning")}, {Count(Infos, "info")}";

    /// <summary>How many results have errors, for the summary of a combined report.</summary>
    public int Failing => Results.Count(r => r.Errors > 0);

    private static string Count(int n, string noun) => n switch
    {
        0 => $"no {noun}s",
        1 => $"1 {noun}",
        _ => $"{n} {noun}s",
    };
}
