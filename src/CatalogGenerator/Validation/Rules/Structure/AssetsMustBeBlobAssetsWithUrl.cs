using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Yaml;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>
/// balena reads an asset as <c>type: blob.asset</c> with its address in <c>data.url</c>; an asset
/// shaped otherwise gives no logo or repository link. Assets that are not mappings at all are reported
/// when the manifest is read (CAT210), and the 2020 list of assets by its layout rule.
/// </summary>
internal sealed class AssetsMustBeBlobAssetsWithUrl : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Manifest.Root["assets"] is not YamlMapping)
        {
            yield break;
        }

        foreach (var asset in context.Manifest.Assets)
        {
            if (IsEmpty(asset.Node))
            {
                yield return DiagnosticCodes.InvalidAsset.Create(
                    $"asset '{asset.Name}' is empty, so it shows nothing: give it its type and address:\n{asset.Name}:\n  type: blob.asset\n  data:\n    url: https://...",
                    context.File, asset.Key.Span);
                continue;
            }

            if (asset.Node is not YamlMapping body)
            {
                continue;
            }

            if (CheckType(context.File, asset, body) is { } typeProblem)
            {
                yield return typeProblem;
            }

            if (CheckUrl(context.File, asset, body) is { } urlProblem)
            {
                yield return urlProblem;
            }
        }
    }

    private static Diagnostic? CheckType(string file, ManifestAsset asset, YamlMapping body)
    {
        if (asset.Type?.Text == ManifestKeys.BlobAsset)
        {
            return null;
        }

        if (asset.Type is null)
        {
            // A non-text 'type' was reported when the manifest was read.
            return body.Find("type") is not null ? null : DiagnosticCodes.InvalidAsset.Create(
                $"asset '{asset.Name}' has no 'type', so balena does not read it as an asset: add 'type: blob.asset' beside its 'data:'",
                file, asset.Key.Span);
        }

        return DiagnosticCodes.InvalidAsset.Create(
            $"asset '{asset.Name}' has 'type: {asset.Type.Raw}', but balena reads only 'blob.asset' (a file at a URL); did you mean 'blob.asset'?",
            file, asset.Type.Span);
    }

    private static Diagnostic? CheckUrl(string file, ManifestAsset asset, YamlMapping body)
    {
        if (!string.IsNullOrWhiteSpace(asset.Url?.Text))
        {
            return null;
        }

        var data = body.Find("data");
        var dataMapping = data?.Value as YamlMapping;
        var url = dataMapping?.Find("url");

        // 'data' or 'url' of the wrong shape was reported when the manifest was read.
        if ((data is not null && dataMapping is null && !IsEmpty(data.Value)) || (url is not null && url.Value is not YamlScalar))
        {
            return null;
        }

        var misplaced = body.Find("url");
        var written = (misplaced?.Value as YamlScalar)?.Resolve().Text;
        var what = asset.Name switch { "logo" => "the image", "repository" => "the repository", _ => "the file" };
        var (message, span) = (misplaced, url) switch
        {
            ({ } m, _) => ($"asset '{asset.Name}' has its 'url' directly under it, where balena does not look: move it under 'data'", m.Key.Span),
            (null, { } u) => ($"asset '{asset.Name}' has an empty 'data.url', so it shows nothing: give the address of {what}", u.Value.Span),
            _ => ($"asset '{asset.Name}' has no 'data.url', so it shows nothing: add the address of {what}", data?.Key.Span ?? asset.Key.Span),
        };
        var example = string.IsNullOrWhiteSpace(written) ? "https://..." : YamlText.Scalar(written);
        return DiagnosticCodes.InvalidAsset.Create($"{message}:\n{asset.Name}:\n  type: blob.asset\n  data:\n    url: {example}", file, span);
    }

    private static bool IsEmpty(YamlNode node) => node is YamlScalar scalar && scalar.Resolve().Text is null or "";
}
