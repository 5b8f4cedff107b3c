using System.Globalization;
using System.Text.RegularExpressions;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Rendering.Templates;

/// <summary>Turns Fluid's errors into diagnostics that name the template file and line, for theme authors, without stack traces.</summary>
internal static partial class TemplateErrors
{
    /// <summary>A Fluid parse error (<c>'{% endif %}' was expected at (3:7)\nSource: ...</c>) as CAT840.</summary>
    public static Diagnostic Syntax(string file, string error)
    {
        var firstLine = error.Split('\n')[0].Trim();
        var position = Position().Match(firstLine);
        var span = SourceSpan.None;
        if (position.Success)
        {
            span = SourceSpan.At(Number(position.Groups["line"].Value), Number(position.Groups["column"].Value));
            firstLine = firstLine[..position.Index].TrimEnd();
        }

        return DiagnosticCodes.TemplateSyntaxError.Create(
            $"{file} has a Liquid syntax error: {firstLine.TrimEnd('.')}. Check that every tag is closed ({{% if %}} with {{% endif %}}, {{% for %}} with {{% endfor %}}) and every {{{{ }}}} is complete.",
            file,
            span);
    }

    /// <summary>The first line of <paramref name="source"/> that holds <paramref name="text"/>, for errors Fluid reports without a position.</summary>
    public static SourceSpan LineOf(string source, string text)
    {
        var index = source.IndexOf(text, StringComparison.Ordinal);
        if (index < 0)
        {
            return SourceSpan.None;
        }

        var line = 1 + source.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : source.LastIndexOf('\n', index - 1) + 1;
        return SourceSpan.At(line, index - lineStart + 1);
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s*at \((?<line>[0-9]+):(?<column>[0-9]+)\)")]
    private static partial Regex Position();
}
