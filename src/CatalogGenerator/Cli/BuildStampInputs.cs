using System.Globalization;
using System.Security.Cryptography;
using FleetCatalog.Output;
using FleetCatalog.Sources.Caching;

namespace FleetCatalog.Cli;

/// <summary>
/// Everything an offline build reads, hashed by file name, size and time (<see cref="FileStamps"/>): this build of the
/// tool, the options, the day (the status page shows the build date), the entries, the category list, the site's
/// content and layouts, the themes, the cache's current snapshots (each published by rewriting its
/// <c>current.json</c>; snapshot folders never change once written), the logos, and the pinned search tool. An online build asks the repositories, so it has no such stamp.
/// </summary>
internal static class BuildStampInputs
{
    public static string Hash(BuildSettings settings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        FileStamps.AppendText(hash, typeof(BuildStampInputs).Assembly.ManifestModule.ModuleVersionId.ToString());
        FileStamps.AppendText(hash, string.Join('\t', settings.Projects, settings.Categories, settings.Cache, settings.Output, settings.Site, settings.BaseUrl, settings.NoSearch));
        FileStamps.AppendText(hash, today.ToString("O", CultureInfo.InvariantCulture));
        FileStamps.AppendTree(hash, settings.Projects);
        FileStamps.AppendFile(hash, settings.Categories);
        FileStamps.AppendTree(hash, settings.Site);
        FileStamps.AppendTree(hash, Path.Combine(settings.Root, "themes"));

        var cache = Path.Combine(settings.Cache, $"v{SnapshotCache.Version}");
        var projects = Path.Combine(cache, "projects");
        var slugs = Directory.Exists(projects) ? Directory.GetDirectories(projects).Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        foreach (var slug in slugs)
        {
            FileStamps.AppendFile(hash, Path.Combine(slug, "current.json"));
        }

        // Logos are copied into the site. The stored GitHub answers are not read offline: what they said is in the snapshots.
        FileStamps.AppendTree(hash, Path.Combine(cache, "logos"));
        if (!settings.NoSearch)
        {
            foreach (var tool in new[] { Path.Combine(settings.Root, "tools", "search"), Path.Combine(settings.Cache, "tools", "search") })
            {
                FileStamps.AppendFile(hash, Path.Combine(tool, "package-lock.json"));
                FileStamps.AppendFile(hash, Path.Combine(tool, "node_modules", ".package-lock.json"));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
