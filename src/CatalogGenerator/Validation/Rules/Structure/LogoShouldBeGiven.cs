using FleetCatalog.Projects;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>The catalog and balenaHub show the <c>assets.logo</c> image on the project's tile; without it the tile is blank.</summary>
internal sealed class LogoShouldBeGiven : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        // A logo asset without a URL is malformed rather than missing; the asset rule says so.
        // A misspelt one ('Logo', 'icon') is the key rule's.
        if (context.Manifest.Logo is not null || context.Manifest.Assets.Any(a => KeyCheck.MeantSlug(a.Name) == "logo"))
        {
            yield break;
        }

        var repository = RepositoryUrl.Parse(context.Manifest.Repository?.Url?.Text) ?? RepositoryUrl.Parse(context.Project.Repository);
        var raw = repository?.RawFileBase ?? "https://raw.githubusercontent.com/OWNER/REPO/HEAD";
        yield return DiagnosticCodes.LogoMissing.Create(
            "there is no logo ('assets.logo'); the catalog and balenaHub show it on the project's tile, which is blank without it: "
                + "add a 512 x 512 px image to the repository and point to it:\n"
                + "assets:\n  logo:\n    type: blob.asset\n    data:\n      url: " + raw + "/logo.png",
            context.File,
            ManifestSpans.Top(context.Manifest, "assets"));
    }
}
