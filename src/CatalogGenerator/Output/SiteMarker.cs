namespace FleetCatalog.Output;

/// <summary>
/// The file every published site carries, so that a later build can tell a folder it wrote (and may replace whole)
/// from one it did not (which it must never delete). Sites built before the marker existed are known by the
/// manifest the build left beside them (<see cref="SiteManifest.PathFor"/>).
/// </summary>
internal static class SiteMarker
{
    /// <summary>Site-relative; a dotfile, so static hosts and crawlers pass over it, and no page links to it.</summary>
    public const string FileName = ".fleet-catalog-site";

    public const string Text = "This folder is a site written by Fleet Catalog (catalog build or serve).\n"
        + "Every build replaces the whole folder: keep nothing else in it.\n";

    /// <summary>True when <paramref name="targetDirectory"/> holds a site this tool published.</summary>
    public static bool IsOurs(string targetDirectory) =>
        File.Exists(Path.Combine(targetDirectory, FileName)) || File.Exists(SiteManifest.PathFor(targetDirectory));
}
