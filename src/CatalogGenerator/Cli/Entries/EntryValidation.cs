using FleetCatalog.Cli.Formats;
using FleetCatalog.Devices;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Cli.Entries;

/// <summary>
/// <c>catalog validate projects/&lt;slug&gt;.yml</c>: reads the entry with the other entries of its folder (so a repository
/// listed twice is caught as the build catches it), then refreshes the one project through the build's own
/// <see cref="RefreshProjects"/> (same cache, same git and GitHub clients, same rules, waivers applied).
/// </summary>
internal static class EntryValidation
{
    /// <returns>The report, or null (with the reason written to <paramref name="error"/>) when the category list cannot be read.</returns>
    public static async Task<ValidationReport?> RunAsync(
        string path, string categoriesFile, RefreshOptions options, DeviceRegistry devices, TextWriter error, CancellationToken cancellationToken)
    {
        var categories = CategoryList.Load(categoriesFile, CategoryList.DefaultFile);
        if (categories.Categories is null)
        {
            foreach (var d in categories.Diagnostics)
            {
                error.WriteLine($"catalog validate: {d.Message}");
            }

            return null;
        }

        var full = Path.GetFullPath(path);
        var file = $"{CatalogEntryLoader.Folder}/{Path.GetFileName(full)}";
        var entries = CatalogEntryLoader.LoadAll(Path.GetDirectoryName(full)!, categories.Categories);
        var own = entries.For(file).ToList();
        var entry = entries.Entries.FirstOrDefault(e => e.File == file);
        var shown = DisplayPath(full);
        if (entry is null)
        {
            return EntryReport.Create(own, file, shown, null, CatalogEntry.DefaultManifestPath);
        }

        using var refresh = new RefreshProjects(options with { Parallelism = 1 }, devices);
        var result = await refresh.RunAsync(new CatalogEntries([entry], [.. own]), new SilentRefreshProgress(), cancellationToken);
        return EntryReport.Create(result.Projects[0].Diagnostics, file, shown, entry.Repository, entry.ManifestPath);
    }

    public static bool Failed(ValidationReport report, bool warningsAsErrors) => report.Errors > 0 || (warningsAsErrors && report.Warnings > 0);

    /// <summary>The path from the current directory, with forward slashes, as CI annotations and editors want it; the full path when it is outside.</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }

    /// <summary>GITHUB_TOKEN from the environment, when set.</summary>
    public static string? Token => Environment.GetEnvironmentVariable("GITHUB_TOKEN") is { Length: > 0 } token ? token : null;
}
