using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Files;

/// <summary>balena reads only <c>balena.yml</c>: a <c>balena.yaml</c> is silently ignored, and the fleet gets none of its settings.</summary>
internal sealed class ManifestMustBeNamedBalenaYml : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var path = context.Project.ManifestPath;

        // In .balena/ the place is wrong as well as the name; that rule's message says where it goes, under which name.
        if (path.StartsWith(".balena/", StringComparison.Ordinal))
        {
            yield break;
        }

        var name = Path.GetFileName(path);
        if (name.Equals("balena.yaml", StringComparison.OrdinalIgnoreCase))
        {
            yield return DiagnosticCodes.ManifestNamedYaml.Create(
                $"the manifest is named '{name}', but balena reads only 'balena.yml' and ignores this file, so the fleet gets none of its device types or variables: rename it to 'balena.yml'",
                context.File, SourceSpan.None);
        }
    }
}
