namespace FleetCatalog.Manifests;

internal enum ManifestLayout
{
    /// <summary>The documented layout since 2021: <c>type</c>, <c>assets</c> as a mapping, settings under <c>data</c>.</summary>
    Current,

    /// <summary>Before November 2020: <c>repoUrl</c> and the variables at the top level, no <c>type</c>.</summary>
    FlatV1,

    /// <summary>Documented briefly in 2020-2021: <c>version: "2"</c>, <c>slug</c>, <c>assets</c> as a list of <c>{url, name}</c>.</summary>
    AssetsListV2,
}
