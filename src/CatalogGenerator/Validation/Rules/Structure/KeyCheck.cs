using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Yaml;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>How <see cref="KeysMustBeKnown"/> judges the keys of one mapping, and where misplaced keys belong.</summary>
internal static class KeyCheck
{
    public static readonly IReadOnlyDictionary<string, string> TopLevelElsewhere = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["logo"] = "belongs under 'assets:' as an asset ('logo:' with 'type: blob.asset' and 'data: url:')",
        ["repository"] = "belongs under 'assets:' as an asset ('repository:' with 'type: blob.asset' and 'data: url:')",
        ["build-variables"] = "is a build setting that belongs in .balena/balena.yml, not in this balena.yml, where balena ignores it",
        ["build-secrets"] = "is a build setting that belongs in .balena/balena.yml, not in this balena.yml, where balena ignores it",

        // Exactly spelt, these make the file the flat layout (CAT203); near-misses and other cases land here.
        ["applicationEnvironmentVariables"] = "belongs under 'data:'",
        ["applicationConfigVariables"] = "belongs under 'data:'",
        ["defaultDeviceType"] = "belongs under 'data:'",
        ["supportedDeviceTypes"] = "belongs under 'data:'",
    };

    public static readonly IReadOnlyDictionary<string, string> DataElsewhere = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "belongs at the top level, beside 'type', not under 'data'",
        ["description"] = "belongs at the top level, beside 'type', not under 'data'",
        ["version"] = "belongs at the top level, beside 'type', not under 'data'",
        ["type"] = "belongs at the top level, not under 'data'",
        ["logo"] = "belongs under 'assets:', not under 'data'",
        ["repository"] = "belongs under 'assets:', not under 'data'",
        ["post-provisioning"] = "belongs at the top level, not under 'data'",
        ["joinable"] = "belongs at the top level, not under 'data'",
    };

    public static readonly IReadOnlyDictionary<string, string> AssetElsewhere = new Dictionary<string, string>(StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, string> AssetDataElsewhere = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["type"] = "belongs one level up, beside 'data:'",
    };

    // Words people use for the two slugs balena knows.
    private static readonly Dictionary<string, string> SlugSynonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["repo"] = "repository", ["source"] = "repository", ["github"] = "repository", ["git"] = "repository", ["code"] = "repository",
        ["icon"] = "logo", ["image"] = "logo", ["picture"] = "logo", ["avatar"] = "logo", ["thumbnail"] = "logo",
    };

    public static IEnumerable<Diagnostic> Level(
        string file, YamlMapping mapping, string where, IReadOnlyList<string> known, IReadOnlyList<string> skip, IReadOnlyDictionary<string, string> elsewhere)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Name;
            if (known.Contains(key, StringComparer.Ordinal) || skip.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            var span = entry.Key.Span;
            if (known.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) is { } cased)
            {
                yield return DiagnosticCodes.UnknownKey.Create(
                    $"'{key}' {where} differs from balena's key '{cased}' only in case, and keys are case-sensitive, so balena ignores it; write '{cased}'",
                    file, span);
            }
            else if (elsewhere.Keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) is { } moved)
            {
                var spelt = moved == key ? string.Empty : $" (spelt '{moved}')";
                yield return DiagnosticCodes.UnknownKey.Create($"'{key}' {where} {elsewhere[moved]}{spelt}", file, span);
            }
            else if (DidYouMean.Closest(key, known) is { Count: > 0 } suggestions)
            {
                yield return DiagnosticCodes.UnknownKey.Create(
                    $"unknown key '{key}' {where}: balena ignores it, so what it holds is lost{DidYouMean.Phrase(suggestions)}",
                    file, span);
            }
            else if (DidYouMean.Closest(key, elsewhere.Keys) is [var near, ..])
            {
                yield return DiagnosticCodes.UnknownKey.Create(
                    $"unknown key '{key}' {where}: balena ignores it; did you mean '{near}', which {elsewhere[near]}?", file, span);
            }
            else
            {
                yield return DiagnosticCodes.UnknownKey.Create(
                    DiagnosticSeverity.Warning,
                    $"unknown key '{key}' {where}: balena ignores it; the keys it reads here are {string.Join(", ", known.Select(k => $"'{k}'"))}",
                    file, span);
            }
        }
    }

    /// <summary>The slug balena knows that <paramref name="slug"/> most likely means (<c>Logo</c>, <c>icon</c>, <c>repo</c>), or null.</summary>
    public static string? MeantSlug(string slug)
    {
        if (ManifestKeys.AssetSlugs.FirstOrDefault(k => string.Equals(k, slug, StringComparison.OrdinalIgnoreCase)) is { } cased)
        {
            return cased;
        }

        if (SlugSynonyms.TryGetValue(slug, out var synonym))
        {
            return synonym;
        }

        var near = DidYouMean.Closest(slug, ManifestKeys.AssetSlugs);
        return near.Count > 0 ? near[0] : null;
    }

    /// <summary>balena shows only the <c>logo</c> and <c>repository</c> assets; a near-miss of one is an error, any other slug is ignored.</summary>
    public static IEnumerable<Diagnostic> AssetSlug(string file, YamlEntry asset)
    {
        var slug = asset.Name;
        if (ManifestKeys.AssetSlugs.Contains(slug, StringComparer.Ordinal))
        {
            yield break;
        }

        if (MeantSlug(slug) is { } meant)
        {
            yield return DiagnosticCodes.UnknownKey.Create(
                $"asset '{slug}' is not one balena shows, so it is ignored; did you mean '{meant}'?", file, asset.Key.Span);
        }
        else
        {
            yield return DiagnosticCodes.UnknownKey.Create(
                DiagnosticSeverity.Warning,
                $"asset '{slug}' is not one balena shows (only 'logo' and 'repository'), so it is ignored", file, asset.Key.Span);
        }
    }
}
