using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Rendering.Content;

/// <summary>
/// Checks a list of slugs (featured projects, a learning path's pages or projects) against the slugs that
/// exist: an unknown one is reported with the one most likely meant, one listed twice is a warning (CAT862).
/// </summary>
internal static class SlugReferences
{
    /// <summary>The known slugs among <paramref name="items"/>, in order and without repeats.</summary>
    /// <param name="unknown">The message for an unknown slug, without the suggestion.</param>
    public static IReadOnlyList<string> Resolve(
        IReadOnlyList<YamlScalar> items,
        IReadOnlyCollection<string> known,
        string listName,
        DiagnosticDescriptor code,
        Func<string, string> unknown,
        FileFindings findings)
    {
        var result = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var slug = item.Value.Trim();
            if (!known.Contains(slug))
            {
                findings.Add(code, unknown(slug) + Suggestion(slug, known), item.Span);
                continue;
            }

            if (seen.TryGetValue(slug, out var line))
            {
                findings.Add(DiagnosticCodes.SiteSettingInvalid, DiagnosticSeverity.Warning,
                    $"'{slug}' is listed twice in {listName} (first at line {line}); remove one", item.Span);
                continue;
            }

            seen[slug] = item.Span.Line;
            result.Add(slug);
        }

        return result;
    }

    // "/projects/syncthing/" or "projects/syncthing.yml" name the slug in a longer form; otherwise the nearest spelling.
    private static string Suggestion(string written, IReadOnlyCollection<string> known)
    {
        var segment = written.TrimEnd('/').Split('/')[^1];
        var stem = segment.EndsWith(".yml", StringComparison.Ordinal) || segment.EndsWith(".md", StringComparison.Ordinal)
            ? Path.GetFileNameWithoutExtension(segment)
            : segment;
        if (stem != written && known.Contains(stem))
        {
            return $"; write the slug alone: '{stem}'";
        }

        var near = DidYouMean.Closest(stem, known);
        if (near.Count == 0)
        {
            // "adguard" for "adguard-home": a slug that is the written one with a word added.
            near = [.. known.Where(k => k.StartsWith(stem + "-", StringComparison.Ordinal) || k.EndsWith("-" + stem, StringComparison.Ordinal))
                .OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Take(3)];
        }

        return DidYouMean.Phrase(near);
    }
}
