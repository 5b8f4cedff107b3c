using FleetCatalog.Projects;
using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Yaml;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>
/// The flat layout from before November 2020 (<c>repoUrl</c> and the settings at the top level, no
/// <c>type</c>) fails <c>balena deploy</c>, and balena now reads the settings under <c>data</c>. A
/// wholly flat file gets its rewrite; a current file with a few flat keys left gets one finding per key.
/// </summary>
internal sealed class FlatV1LayoutMustBeRewritten : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var manifest = context.Manifest;
        if (manifest.Layout != ManifestLayout.FlatV1)
        {
            return [];
        }

        var legacy = manifest.Root.Entries.Where(e => ManifestKeys.FlatV1.Contains(e.Name)).ToList();
        if (legacy.Count == 0)
        {
            return [];
        }

        return RewritesWholeFile(manifest) ? [Rewrite(context, legacy)] : legacy.Select(e => Leftover(context, e));
    }

    /// <summary>True when the file is wholly flat, so that this rule's rewrite also supplies the missing <c>type</c>.</summary>
    public static bool RewritesWholeFile(ProjectManifest manifest) =>
        manifest.Layout == ManifestLayout.FlatV1 && manifest.Root.Find("type") is null && manifest.Root.Find("data") is null;

    private static Diagnostic Rewrite(ValidationContext context, List<YamlEntry> legacy)
    {
        var repoUrl = (context.Manifest.Root["repoUrl"] as YamlScalar)?.Resolve().Text;
        var repository = RepositoryUrl.Parse(repoUrl)?.WebUrl ?? RepositoryUrl.Parse(context.Project.Repository)?.WebUrl;
        var assets = repository is null ? Array.Empty<(string, string)>() : [("repository", repository)];
        var snippet = CurrentLayoutSnippet.Write(context.Manifest, assets, RepositoryUrl.Parse(repository)?.Name);
        var keys = string.Join(", ", legacy.Select(e => $"'{e.Name}'"));
        return DiagnosticCodes.LegacyFlatLayout.Create(
            $"this balena.yml uses the flat layout balena replaced in November 2020 ({keys} at the top level, no 'type'): "
                + "balena deploy refuses it and balena now reads the settings under 'data:'; replace the file with this current form of it:\n"
                + snippet,
            context.File,
            legacy[0].Key.Span);
    }

    private static Diagnostic Leftover(ValidationContext context, YamlEntry entry)
    {
        const string Flat = "is from the flat layout balena replaced in November 2020 and balena no longer reads it";
        var message = entry.Name switch
        {
            "repoUrl" when context.Manifest.Repository is not null => $"'repoUrl' {Flat}; 'assets.repository' already names the repository: remove it",
            "repoUrl" => $"'repoUrl' {Flat}; give the repository as an asset instead:\nassets:\n  repository:\n    type: blob.asset\n    data:\n      url: "
                + YamlText.Scalar(RepositoryOf(context, entry)),
            "tarballUrl" => $"'tarballUrl' {Flat} (it builds from the repository): remove it",
            _ => $"'{entry.Name}' sits at the top level, where only the flat layout of before November 2020 had it; "
                + $"balena reads it only under 'data:', so move it there{Merge(context, entry)}",
        };
        return DiagnosticCodes.LegacyFlatLayout.Create(message, context.File, entry.Key.Span);
    }

    private static string RepositoryOf(ValidationContext context, YamlEntry repoUrl)
    {
        var written = (repoUrl.Value as YamlScalar)?.Resolve().Text;
        return RepositoryUrl.Parse(written)?.WebUrl ?? RepositoryUrl.Parse(context.Project.Repository)?.WebUrl ?? written ?? "https://github.com/OWNER/REPO";
    }

    private static string Merge(ValidationContext context, YamlEntry entry) =>
        context.Manifest.Root["data"] is YamlMapping data && data.Find(entry.Name) is not null
            ? $", merging it with the '{entry.Name}' already there"
            : string.Empty;
}
