namespace FleetCatalog.Output;

/// <summary>
/// The file every published site carries, so that a later build can tell a folder it wrote (and may replace whole)
/// from one it did not (which it must never delete). Sites built before the marker existed are known by the
/// manifest the build left beside them (<see cref="SiteManifest.PathFor"/>), when it lists what the folder holds.
/// </summary>
internal static class SiteMarker
{
    /// <summary>Site-relative; a dotfile, so static hosts and crawlers pass over it, and no page links to it.</summary>
    public const string FileName = ".fleet-catalog-site";

    public const string Text = "This folder is a site written by Fleet Catalog (catalog build or serve).\n"
        + "Every build replaces the whole folder: keep nothing else in it.\n";

    /// <summary>True when <paramref name="targetDirectory"/> holds a site this tool published.</summary>
    public static bool IsOurs(string targetDirectory)
    {
        if (File.Exists(Path.Combine(targetDirectory, FileName)))
        {
            return true;
        }

        // A site from an earlier version: the manifest beside it must account for everything at its top, so a stale
        // manifest beside a folder since filled with other files proves nothing.
        var manifest = SiteManifest.Load(targetDirectory);
        var top = manifest.Files.Keys.Select(f => f.Split('/')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return top.Count > 0 && Directory.EnumerateFileSystemEntries(targetDirectory).All(e => top.Contains(Path.GetFileName(e)));
    }
}
