using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace FleetCatalog.Yaml;

/// <summary>
/// Types plain scalars the way YAML 1.2's core schema does (js-yaml, which balena's tools use), and
/// renders numbers the way JavaScript prints them, because that string is what a balena variable gets.
/// </summary>
internal static partial class YamlScalarResolver
{
    // JavaScript numbers are doubles: integers beyond 2^53 are silently rounded.
    private static readonly BigInteger MaxSafeInteger = BigInteger.Pow(2, 53) - 1;

    public static ResolvedScalar Resolve(YamlScalar scalar)
    {
        if (!scalar.IsImplicitlyTyped)
        {
            return new ResolvedScalar(ScalarKind.String, scalar.Value);
        }

        var text = scalar.Value;
        if (text.Length == 0 || text is "~" or "null" or "Null" or "NULL")
        {
            return new ResolvedScalar(ScalarKind.Null, null);
        }

        if (text is "true" or "True" or "TRUE")
        {
            return new ResolvedScalar(ScalarKind.Boolean, "true");
        }

        if (text is "false" or "False" or "FALSE")
        {
            return new ResolvedScalar(ScalarKind.Boolean, "false");
        }

        if (TryParseInteger(text, out var integer))
        {
            return new ResolvedScalar(ScalarKind.Integer, FormatInteger(integer));
        }

        if (FloatPattern().IsMatch(text))
        {
            return new ResolvedScalar(ScalarKind.Float, FormatFloat(text));
        }

        return new ResolvedScalar(ScalarKind.String, text);
    }

    /// <summary>Words that YAML 1.1 parsers (PyYAML, Go's yaml.v2, Ruby) read as booleans although YAML 1.2 does not.</summary>
    public static bool IsYaml11Boolean(string text) => text is
        "yes" or "Yes" or "YES" or "no" or "No" or "NO" or "on" or "On" or "ON" or "off" or "Off" or "OFF" or "y" or "Y" or "n" or "N";

    /// <summary>YAML 1.1 base-60 numbers: <c>1:30</c> is 90 to PyYAML.</summary>
    public static bool IsYaml11Sexagesimal(string text) => SexagesimalPattern().IsMatch(text);

    private static bool TryParseInteger(string text, out BigInteger value)
    {
        value = default;
        if (DecimalIntegerPattern().IsMatch(text))
        {
            return BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && HexDigitsPattern().IsMatch(text.AsSpan(2)))
        {
            // A leading 0 keeps the value positive.
            return BigInteger.TryParse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && OctalDigitsPattern().IsMatch(text.AsSpan(2)))
        {
            foreach (var digit in text.AsSpan(2))
            {
                value = (value * 8) + (digit - '0');
            }

            return true;
        }

        return false;
    }

    private static string FormatInteger(BigInteger value) =>
        BigInteger.Abs(value) <= MaxSafeInteger
            ? value.ToString(CultureInfo.InvariantCulture)
            : FormatDouble(double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    private static string FormatFloat(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.EndsWith(".inf", StringComparison.Ordinal))
        {
            return lower.StartsWith('-') ? "-Infinity" : "Infinity";
        }

        if (lower == ".nan")
        {
            return "NaN";
        }

        return FormatDouble(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    /// <summary>Number-to-string as JavaScript does it (ECMA-262 Number::toString): shortest digits, then JS's layout rules.</summary>
    internal static string FormatDouble(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        var sign = value < 0 ? "-" : string.Empty;
        var roundTrip = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        // Digits without the point, and n: where the point goes (value = 0.digits × 10^n).
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        n -= leadingZeros;
        var k = digits.Length;

        string text;
        if (k <= n && n <= 21)
        {
            text = digits + new string('0', n - k);
        }
        else if (n > 0 && n <= 21)
        {
            text = digits[..n] + "." + digits[n..];
        }
        else if (n > -6 && n <= 0)
        {
            text = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            text = digits[..1] + (k > 1 ? "." + digits[1..] : string.Empty) + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        return sign + text;
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalIntegerPattern();

    [GeneratedRegex("^[0-9a-fA-F]+$")]
    private static partial Regex HexDigitsPattern();

    [GeneratedRegex("^[0-7]+$")]
    private static partial Regex OctalDigitsPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$")]
    private static partial Regex SexagesimalPattern();
}
