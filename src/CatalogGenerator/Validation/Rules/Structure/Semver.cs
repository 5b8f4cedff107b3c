using System.Numerics;
using System.Text.RegularExpressions;

namespace FleetCatalog.Validation.Rules.Structure;

internal enum SemverCheck
{
    Valid,

    /// <summary>Valid to node-semver only thanks to its tolerated leading <c>v</c> (<c>v1.2.3</c>).</summary>
    ValidWithLeadingV,
    Invalid,
}

/// <summary>
/// The version check <c>balena deploy</c> runs (node-semver's strict <c>semver.valid()</c>), and the
/// valid version an author most likely meant.
/// </summary>
internal static partial class Semver
{
    private const int MaxLength = 256;
    private static readonly BigInteger MaxSafeInteger = BigInteger.Pow(2, 53) - 1;

    public static SemverCheck Check(string text)
    {
        // node-semver trims before matching and refuses anything longer than 256 characters.
        var trimmed = text.Trim();
        if (trimmed.Length > MaxLength)
        {
            return SemverCheck.Invalid;
        }

        var match = FullPattern().Match(trimmed);
        if (!match.Success || !Enumerable.Range(2, 3).All(g => IsSafe(match.Groups[g].Value)))
        {
            return SemverCheck.Invalid;
        }

        return match.Groups[1].Length > 0 ? SemverCheck.ValidWithLeadingV : SemverCheck.Valid;
    }

    /// <summary>The plain MAJOR.MINOR.PATCH version closest to <paramref name="text"/>, or null when it does not look like a version.</summary>
    public static string? Suggest(string text)
    {
        var match = LooseParts().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var parts = Enumerable.Range(1, 3).Select(g => Number(match.Groups[g].Value)).ToArray();
        if (parts.Any(p => p is null))
        {
            return null;
        }

        var core = string.Join('.', parts);
        var rest = match.Groups[4].Value;

        // "1.0.0.4" has a fourth number semver has no place for; anything else ("beta", "-rc.1") becomes a pre-release.
        if (rest.Length == 0 || FourthNumber().IsMatch(rest))
        {
            return core;
        }

        var candidate = rest[0] is '-' or '+' ? core + rest : core + "-" + rest.TrimStart('.', '_', '-', ' ');
        return Check(candidate) == SemverCheck.Valid ? candidate : core;
    }

    private static bool IsSafe(string digits) => BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) <= MaxSafeInteger;

    // "" (a missing part) counts as 0; leading zeros go ("01" is 1).
    private static string? Number(string digits)
    {
        if (digits.Length == 0)
        {
            return "0";
        }

        var trimmed = digits.TrimStart('0');
        var number = trimmed.Length == 0 ? "0" : trimmed;
        return IsSafe(number) ? number : null;
    }

    // node-semver's FULL pattern (src/internal/re.js), with [0-9] for \d and \z for JavaScript's $.
    [GeneratedRegex(@"^(v?)(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:-((?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][a-zA-Z0-9-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][a-zA-Z0-9-]*))*))?(?:\+([a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*))?\z")]
    private static partial Regex FullPattern();

    [GeneratedRegex(@"^[vV=\s]*([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(.*)\z", RegexOptions.Singleline)]
    private static partial Regex LooseParts();

    [GeneratedRegex(@"^(\.[0-9]+)+\z")]
    private static partial Regex FourthNumber();
}
