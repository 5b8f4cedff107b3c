using System.Collections.Immutable;

namespace FleetCatalog.Diagnostics;

/// <summary>What the checks of one file (a catalog entry, site.yml, a learn page) found, in reading order.</summary>
internal sealed class FileFindings(string file)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public string File => file;

    public bool HasErrors => _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void Add(DiagnosticDescriptor descriptor, string message, SourceSpan span) =>
        _diagnostics.Add(descriptor.Create(message, file, span));

    public void Add(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string message, SourceSpan span) =>
        _diagnostics.Add(descriptor.Create(severity, message, file, span));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

    /// <summary>In the order a reader meets them in the file; whole-file findings first.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() =>
        [.. _diagnostics.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];
}
