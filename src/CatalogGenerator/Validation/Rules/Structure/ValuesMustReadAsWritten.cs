using System.Globalization;
using System.Numerics;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>
/// An unquoted value that YAML turns into a different number (<c>0x4444</c> becomes 17476, <c>1.10</c>
/// becomes 1.1) reaches balena changed; one that YAML 1.1 readers (older Python, Go and Ruby libraries) take as a boolean
/// (<c>on</c>, <c>no</c>) or a base-60 number (<c>1:30</c>) means different things to different tools.
/// Quoting keeps the text as written. Case alone (<c>True</c> for <c>true</c>) changes nothing that matters.
/// </summary>
internal sealed class ValuesMustReadAsWritten : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var findings = new List<Diagnostic>();
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(string? Key, YamlNode Node, bool TopLevel)>();
        pending.Push((null, context.Manifest.Root, true));
        while (pending.Count > 0)
        {
            var (key, node, topLevel) = pending.Pop();
            switch (node)
            {
                case YamlMapping mapping when seen.Add(mapping):
                    // The version has its own rule, which says what balena deploy makes of it.
                    foreach (var entry in mapping.Entries.Reverse().Where(e => !(topLevel && e.Name == "version")))
                    {
                        pending.Push((entry.Name, entry.Value, false));
                    }

                    break;
                case YamlSequence sequence when seen.Add(sequence):
                    foreach (var item in sequence.Items.Reverse())
                    {
                        pending.Push((null, item, false));
                    }

                    break;
                case YamlScalar scalar when scalar.IsImplicitlyTyped && seen.Add(scalar) && Problem(key, scalar) is { } problem:
                    findings.Add(DiagnosticCodes.AmbiguousScalar.Create(problem, context.File, scalar.Span));
                    break;
            }
        }

        return findings;
    }

    private static string? Problem(string? key, YamlScalar scalar)
    {
        var raw = scalar.Value;
        var resolved = scalar.Resolve();
        switch (resolved.Kind)
        {
            case ScalarKind.Integer or ScalarKind.Float when resolved.Text != raw:
                var older = OctalValue(raw) is { } octal ? $" (and older YAML readers as the octal number {octal})" : string.Empty;
                return $"YAML reads '{raw}' as the number {resolved.Text}{older}, so balena gets '{resolved.Text}', not '{raw}': quote it to keep it as written ({Quoted(key, raw)})";
            case ScalarKind.String when YamlScalarResolver.IsYaml11Boolean(raw):
                var meaning = raw.ToUpperInvariant() is "YES" or "Y" or "ON" ? "true" : "false";
                return key == "joinable"
                    ? $"'joinable: {raw}' is the text '{raw}' to balena, not a boolean: write 'joinable: {meaning}'"
                    : $"'{raw}' is the text '{raw}' to balena but the boolean {meaning} to YAML 1.1 readers (older Python, Go and Ruby libraries), so tools disagree on it: quote it ({Quoted(key, raw)})";
            case ScalarKind.String when YamlScalarResolver.IsYaml11Sexagesimal(raw):
                var number = Sexagesimal(raw) is { } value ? $"the number {value}" : "a base-60 number";
                return $"'{raw}' is the text '{raw}' to balena but {number} to YAML 1.1 readers (older Python, Go and Ruby libraries), so tools disagree on it: quote it ({Quoted(key, raw)})";
            default:
                return null;
        }
    }

    // Made only for a value with a problem: most scalars have none.
    private static string Quoted(string? key, string raw) => key is null ? $"- {YamlText.Quoted(raw)}" : $"{key}: {YamlText.Quoted(raw)}";

    // YAML 1.1 read a leading 0 as octal: 0755 is 493 there, 755 in YAML 1.2.
    private static string? OctalValue(string raw)
    {
        var digits = raw.TrimStart('+');
        if (digits.Length < 2 || digits[0] != '0' || !digits.All(c => c is >= '0' and <= '7'))
        {
            return null;
        }

        var value = digits.Aggregate(BigInteger.Zero, (sum, c) => (sum * 8) + (c - '0'));
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string? Sexagesimal(string raw)
    {
        var negative = raw.StartsWith('-');
        var parts = raw.TrimStart('+', '-').Replace("_", string.Empty, StringComparison.Ordinal).Split(':');
        if (parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)) || parts.Length > 6)
        {
            return null;
        }

        var value = parts.Aggregate(BigInteger.Zero, (sum, p) => (sum * 60) + BigInteger.Parse(p, CultureInfo.InvariantCulture));
        return (negative ? -value : value).ToString(CultureInfo.InvariantCulture);
    }
}
