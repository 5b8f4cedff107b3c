using FleetCatalog.Projects;
using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Yaml;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>
/// The layout balena documented for two months around the new year 2021 (<c>version: "2"</c>,
/// <c>slug</c>, <c>assets</c> as a list, <c>data.description</c>) is read by nothing balena documents
/// today, and its <c>version: "2"</c> fails <c>balena deploy</c>; the finding holds the file's rewrite.
/// </summary>
internal sealed class AssetsListV2LayoutMustBeRewritten : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var manifest = context.Manifest;
        if (manifest.Layout != ManifestLayout.AssetsListV2)
        {
            yield break;
        }

        var root = manifest.Root;
        var data = root["data"] as YamlMapping;
        var marks = new List<string>();
        if (manifest.Version?.Text == "2")
        {
            marks.Add("'version: \"2\"', which balena deploy refuses as it is not semver");
        }

        if (root.Find("slug") is not null)
        {
            marks.Add("'slug'");
        }

        if (root["assets"] is YamlSequence)
        {
            marks.Add("'assets' as a list");
        }

        if (data?.Find("description") is not null)
        {
            marks.Add("'description' under 'data'");
        }

        var keep = root.Find("post-provisioning") is not null ? "keep 'post-provisioning' and replace the rest" : "replace the file";
        var snippet = CurrentLayoutSnippet.Write(manifest, Assets(context), null);
        yield return DiagnosticCodes.LegacyAssetsList.Create(
            $"this balena.yml uses the layout balena documented only from November 2020 to January 2021 ({string.Join(", ", marks)}); "
                + $"balena reads the current layout, so the logo, repository and description may be lost: {keep} with this current form of it:\n"
                + snippet,
            context.File,
            (root.Find("slug") ?? root.Find("assets") ?? root.Entries[0]).Key.Span);
    }

    private static List<(string Slug, string Url)> Assets(ValidationContext context)
    {
        var assets = context.Manifest.Assets
            .Where(a => a.Url?.Text is { Length: > 0 })
            .Select(a => (a.Name, a.Url!.Text!))
            .ToList();
        if (assets.All(a => a.Name != "repository") && RepositoryUrl.Parse(context.Project.Repository)?.WebUrl is { } repository)
        {
            assets.Insert(0, ("repository", repository));
        }

        return assets;
    }
}
