using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Files;

/// <summary>
/// balena reads the fleet manifest from <c>balena.yml</c> at the root; <c>.balena/balena.yml</c> is another file, for
/// build secrets and build variables, so a manifest put there is not read when the project is deployed or pushed.
/// </summary>
internal sealed class ManifestMustBeAtRepositoryRoot : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var path = context.Project.ManifestPath;
        if (!path.StartsWith(".balena/", StringComparison.Ordinal))
        {
            yield break;
        }

        var button = context.ReadmeDeployButtons.FirstOrDefault(b => b.ConfigUrl is not null);
        var fix = button is null
            ? "move it to 'balena.yml' at the root of the repository (or pass its raw URL as configUrl on the deploy button)"
            : "the README's deploy button passes configUrl, so the button finds it, but 'balena deploy' and the catalog read only the root balena.yml: move it to 'balena.yml' at the root of the repository";
        yield return DiagnosticCodes.ManifestInBalenaFolder.Create(
            $"the manifest is in '{path}', which balena reads only for build secrets and build variables, not as the fleet's manifest: {fix}",
            context.File, SourceSpan.None);
    }
}
