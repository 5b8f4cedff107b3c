using System.Text;

namespace FleetCatalog.Diagnostics;

/// <summary>A stable diagnostic code with its title and usual severity; documented in docs/diagnostics.md.</summary>
internal sealed record DiagnosticDescriptor(string Code, string Title, DiagnosticSeverity DefaultSeverity)
{
    /// <summary>The published explanation of every code.</summary>
    public const string DocsUrl = "https://github.com/fleet-catalog/fleet-catalog/blob/main/docs/diagnostics.md";

    /// <summary>This code's entry: docs/diagnostics.md's heading <c>## CODE: Title</c>, as GitHub anchors it.</summary>
    public string HelpUri => $"{DocsUrl}#{Anchor($"{Code}: {Title}")}";

    public Diagnostic Create(string message, string file, SourceSpan span) =>
        new(Code, DefaultSeverity, message, file, span);

    public Diagnostic Create(DiagnosticSeverity severity, string message, string file, SourceSpan span) =>
        new(Code, severity, message, file, span);

    // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
    private static string Anchor(string heading)
    {
        var anchor = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                anchor.Append(c);
            }
            else if (c == ' ')
            {
                anchor.Append('-');
            }
        }

        return anchor.ToString();
    }
}
