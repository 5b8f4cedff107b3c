using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Yaml;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>
/// <c>balena deploy</c> refuses a release whose <c>version</c> fails node-semver's <c>semver.valid()</c>;
/// an empty version it skips, as it does.
/// </summary>
internal sealed class VersionMustBeSemver : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var version = context.Manifest.Version;
        if (version?.Text is not { Length: > 0 } text)
        {
            yield break;
        }

        // In the 2020 layout 'version: "2"' named the file format; the layout rule rewrites the whole file.
        if (context.Manifest.Layout == ManifestLayout.AssetsListV2 && text == "2")
        {
            yield break;
        }

        var kind = version.Node.Resolve().Kind;
        var check = kind == ScalarKind.String ? Semver.Check(text) : SemverCheck.Invalid;
        var suggestion = Semver.Suggest(version.Raw);
        switch (check)
        {
            case SemverCheck.ValidWithLeadingV:
                yield return DiagnosticCodes.VersionNotSemver.Create(
                    DiagnosticSeverity.Warning,
                    $"'version' is '{version.Raw}': balena deploy accepts the leading 'v', but balena's docs ask for plain semver (MAJOR.MINOR.PATCH){DidYouMean.Phrase([suggestion ?? text.TrimStart('v')])}",
                    context.File,
                    version.Span);
                break;
            case SemverCheck.Invalid:
                var fix = suggestion is null ? "; write it as MAJOR.MINOR.PATCH, such as '1.0.0'" : DidYouMean.Phrase([suggestion]);
                var what = kind is ScalarKind.String
                    ? $"'{version.Raw}', which is not semver (MAJOR.MINOR.PATCH{Why(version.Raw)})"
                    : $"{version.Raw}, which YAML reads as the {Describe(kind)} {text}, not as a semver text (MAJOR.MINOR.PATCH)";
                yield return DiagnosticCodes.VersionNotSemver.Create(
                    $"'version' is {what}, so balena deploy refuses the release{fix}",
                    context.File,
                    version.Span);
                break;
        }
    }

    private static string Describe(ScalarKind kind) => kind switch
    {
        ScalarKind.Boolean => "boolean",
        _ => "number",
    };

    // The two mistakes that are easy to miss by eye.
    private static string Why(string raw) => raw switch
    {
        _ when raw.Split('.').Any(p => p.Length > 1 && p[0] == '0' && p.All(char.IsAsciiDigit)) => "; no leading zeros",
        _ when raw.Count(c => c == '.') > 2 && raw.All(c => c == '.' || char.IsAsciiDigit(c)) => "; exactly three numbers",
        _ => string.Empty,
    };
}
