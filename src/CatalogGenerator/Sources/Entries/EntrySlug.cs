using FleetCatalog.Diagnostics;

namespace FleetCatalog.Sources.Entries;

/// <summary>CAT605: the file name is the project's slug and address on the site, so it must be lower-case kebab-case and end in <c>.yml</c>.</summary>
internal static class EntrySlug
{
    public const string Extension = ".yml";

    public static string? Read(string file, FileFindings findings)
    {
        var name = Path.GetFileName(file);
        var slug = name.EndsWith(Extension, StringComparison.Ordinal) ? name[..^Extension.Length] : Path.GetFileNameWithoutExtension(name);
        var kebab = Slugs.ToKebabCase(slug);
        var suggestion = kebab.Length > 0 ? $"; rename it '{kebab}{Extension}'" : string.Empty;
        if (!name.EndsWith(Extension, StringComparison.Ordinal))
        {
            findings.Add(DiagnosticCodes.EntrySlugInvalid, $"entry '{name}' must be a '{Extension}' file to be read{suggestion}", SourceSpan.None);
            return null;
        }

        if (!Slugs.IsKebabCase(slug))
        {
            var why = slug.Length > Slugs.MaxLength
                ? $"is longer than {Slugs.MaxLength} characters"
                : "must be lower-case letters, digits and single hyphens, as it becomes the project's address";
            findings.Add(DiagnosticCodes.EntrySlugInvalid, $"entry name '{slug}' {why}{suggestion}", SourceSpan.None);
            return null;
        }

        return slug;
    }
}
