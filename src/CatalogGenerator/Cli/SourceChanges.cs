using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Cli;

/// <summary>
/// What a batch of changed paths touches, which decides how much <c>serve</c> rebuilds: entry files are
/// refreshed one by one, a new category list means every entry is read and refreshed again, and anything
/// else (learn pages, site.yml, layouts, theme assets) needs only a re-render from memory.
/// </summary>
/// <param name="Entries">The changed entry files, as diagnostics name them (<c>projects/x.yml</c>).</param>
/// <param name="Categories">The category list changed.</param>
/// <param name="Content">Something under <c>site/</c> or <c>themes/</c> changed.</param>
/// <param name="Description">The changes for the console: <c>projects/x.yml</c>, or <c>site/learn/a.md and 2 more</c>.</param>
internal sealed record SourceChanges(IReadOnlySet<string> Entries, bool Categories, bool Content, string Description)
{
    public static SourceChanges Classify(IReadOnlySet<string> paths, BuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(settings);
        var entries = new HashSet<string>(StringComparer.Ordinal);
        var categories = false;
        var content = false;
        var names = new List<string>();
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            if (Inside(settings.Projects, path))
            {
                // An entry is a .yml file right in the folder; the folder itself changing (an overflow) means all of them.
                var name = Path.GetFileName(path);
                if (path == settings.Projects)
                {
                    categories = true;
                }
                else if (Path.GetDirectoryName(path) == settings.Projects && Path.GetExtension(name).ToLowerInvariant() is ".yml" or ".yaml")
                {
                    entries.Add($"{CatalogEntryLoader.Folder}/{name}");
                }
                else
                {
                    continue;
                }

                names.Add($"{CatalogEntryLoader.Folder}/{name}");
                continue;
            }

            if (path == settings.Categories)
            {
                categories = true;
            }
            else if (Inside(settings.Site, path) || Inside(Path.Combine(settings.Root, "themes"), path))
            {
                content = true;
            }
            else
            {
                // Beside a category list kept outside site/, watched only for that file.
                continue;
            }

            names.Add(Path.GetRelativePath(settings.Root, path).Replace(Path.DirectorySeparatorChar, '/'));
        }

        var description = names.Count switch
        {
            0 => "nothing",
            1 => names[0],
            _ => $"{names[0]} and {names.Count - 1} more",
        };
        return new SourceChanges(entries, categories, content, description);
    }

    /// <summary>Nothing the site is made from changed (such as a non-entry file in projects/).</summary>
    public bool IsEmpty => Entries.Count == 0 && !Categories && !Content;

    private static bool Inside(string folder, string path) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
