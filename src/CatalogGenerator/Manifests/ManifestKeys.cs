namespace FleetCatalog.Manifests;

/// <summary>The keys balena.yml may hold, by where they stand (balena's docs, plus the undocumented keys real projects use).</summary>
internal static class ManifestKeys
{
    public static IReadOnlyList<string> TopLevel { get; } =
        ["name", "type", "description", "version", "assets", "data", "post-provisioning", "joinable", "fleetcta"];

    public static IReadOnlyList<string> Data { get; } =
        ["applicationEnvironmentVariables", "applicationConfigVariables", "defaultDeviceType", "supportedDeviceTypes"];

    public static IReadOnlyList<string> AssetSlugs { get; } = ["repository", "logo"];

    public static IReadOnlyList<string> Asset { get; } = ["type", "data"];

    public static IReadOnlyList<string> AssetData { get; } = ["url"];

    /// <summary>Top-level keys of the flat v1 layout (before November 2020).</summary>
    public static IReadOnlyList<string> FlatV1 { get; } =
        ["repoUrl", "tarballUrl", "applicationEnvironmentVariables", "applicationConfigVariables", "defaultDeviceType", "supportedDeviceTypes"];

    /// <summary>Keys only the short-lived v2 layout had: <c>slug</c> at the top, <c>description</c> under <c>data</c>.</summary>
    public static IReadOnlyList<string> AssetsListV2 { get; } = ["slug"];

    public const string BlobAsset = "blob.asset";

    public static IReadOnlyList<string> Types { get; } = ["sw.application", "sw.block"];
}
