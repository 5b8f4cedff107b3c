using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Cli.Entries;

/// <summary>
/// The slug <c>catalog add</c> gives a new entry: the manifest's name in kebab case, else the repository's name; when
/// another entry (or file) has it, the owner is added (<c>pihole-klutchell</c>), then a number.
/// </summary>
internal static class SlugChoice
{
    public static string Choose(string? manifestName, string repositoryName, string owner, Func<string, bool> taken)
    {
        var fromName = manifestName is null ? string.Empty : Shorten(Slugs.ToKebabCase(manifestName));
        var slug = fromName.Length > 0 ? fromName : Shorten(Slugs.ToKebabCase(repositoryName));
        if (slug.Length == 0)
        {
            slug = "project";
        }

        if (!taken(slug))
        {
            return slug;
        }

        var withOwner = Shorten($"{slug}-{Slugs.ToKebabCase(owner)}".Trim('-'));
        if (Slugs.IsKebabCase(withOwner) && !taken(withOwner))
        {
            return withOwner;
        }

        for (var n = 2; ; n++)
        {
            var numbered = $"{Shorten(slug, Slugs.MaxLength - 4)}-{n}";
            if (!taken(numbered))
            {
                return numbered;
            }
        }
    }

    private static string Shorten(string slug, int max = Slugs.MaxLength) => slug.Length <= max ? slug : slug[..max].TrimEnd('-');
}
