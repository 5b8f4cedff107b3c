using FleetCatalog.Diagnostics;

namespace FleetCatalog.Tests.Schemas;

/// <summary>What the schema and the validator each say about one file, and whether that breaks <see cref="SchemaExpressibleCodes"/>' promise.</summary>
internal sealed record SchemaVerdict(string Name, IReadOnlyList<string> SchemaErrors, IReadOnlyList<Diagnostic> Exact, IReadOnlyList<Diagnostic> Partial)
{
    public bool SchemaAccepts => SchemaErrors.Count == 0;

    public static SchemaVerdict Of(string name, IReadOnlyList<string> schemaErrors, IEnumerable<Diagnostic> diagnostics, IReadOnlySet<string> exact, IReadOnlySet<string> partial)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return new SchemaVerdict(name, schemaErrors, [.. errors.Where(d => exact.Contains(d.Code))], [.. errors.Where(d => partial.Contains(d.Code))]);
    }

    /// <summary>Null when the two agree; otherwise what each said, for the test's failure message.</summary>
    public string? Disagreement()
    {
        if (SchemaAccepts && Exact.Count > 0)
        {
            return $"{Name}: the schema accepts it, but the validator reports {Describe(Exact)}";
        }

        if (!SchemaAccepts && Exact.Count == 0 && Partial.Count == 0)
        {
            return $"{Name}: the schema refuses it ({string.Join("; ", SchemaErrors)}), but the validator reports no schema-expressible error";
        }

        return null;
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("; ", diagnostics.Select(d => $"{d.Code} at {d.Span.Line}:{d.Span.Column} ({d.Message.Split('\n')[0]})"));
}
