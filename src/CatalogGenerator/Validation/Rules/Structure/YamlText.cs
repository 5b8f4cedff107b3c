using System.Globalization;
using System.Text;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>Writes text as a YAML scalar that every YAML reader (1.1 or 1.2) reads back as that same text.</summary>
internal static class YamlText
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    /// <summary>Plain when that is safe, double-quoted otherwise; null gives nothing (YAML's null).</summary>
    public static string Scalar(string? text) => text is null ? string.Empty : IsSafePlain(text) ? text : Quoted(text);

    /// <summary>Always double-quoted, as a message tells the author to write it.</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A block of text after <c>key:</c>: a literal block (<c>|-</c>) for clean multi-line text, so a
    /// pasted description stays readable, otherwise <see cref="Scalar"/>.
    /// </summary>
    public static string Block(string text, string indent)
    {
        var lines = text.Split('\n');
        var clean = lines.Length > 1
            && lines[0].Length > 0 && lines[0][0] != ' '
            && lines.All(l => l.Length == 0 || (l[^1] != ' ' && l[^1] != '\r' && !l.Any(c => char.IsControl(c) && c != '\t')));
        return clean
            ? "|-\n" + string.Join('\n', lines.Select(l => l.Length == 0 ? string.Empty : indent + l))
            : Scalar(text);
    }

    private static bool IsSafePlain(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || Indicators.Contains(text[0], StringComparison.Ordinal))
        {
            return false;
        }

        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':')
            || text.Any(c => char.IsControl(c)))
        {
            return false;
        }

        // Whatever a YAML 1.2 or 1.1 reader would type (numbers, booleans, null, "on", "1:30") must be quoted.
        var plain = new YamlScalar(text, YamlScalarStyle.Plain, null, SourceSpan.None);
        return plain.Resolve() is { Kind: ScalarKind.String } resolved && resolved.Text == text
            && !YamlScalarResolver.IsYaml11Boolean(text) && !YamlScalarResolver.IsYaml11Sexagesimal(text) && !LooksNumeric(text);
    }

    // YAML 1.1 also reads "1_000", "0b101" and "+.5" as numbers.
    private static bool LooksNumeric(string text) =>
        text.TrimStart('+', '-', '.').FirstOrDefault() is >= '0' and <= '9' && text.All(c => char.IsAsciiDigit(c) || c is '_' or '.' or '+' or '-' or 'b' or 'x' or 'o' or 'e' or 'E');
}
