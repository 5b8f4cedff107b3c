using FleetCatalog.Projects;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>The catalog and balenaHub title a project with its <c>name</c>; without one they can only show the repository.</summary>
internal sealed class NameShouldBeGiven : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var name = context.Manifest.Name;
        if (!string.IsNullOrWhiteSpace(name?.Text))
        {
            yield break;
        }

        // The flat layout's 'repoUrl' counts too: its rewrite takes the name from it.
        var repository = RepositoryUrl.Parse(context.Manifest.Repository?.Url?.Text)
            ?? RepositoryUrl.Parse((context.Manifest.Root["repoUrl"] as YamlScalar)?.Resolve().Text)
            ?? RepositoryUrl.Parse(context.Project.Repository);
        var example = repository?.Name ?? "Pi-hole Ad Blocker";
        yield return DiagnosticCodes.NameMissing.Create(
            $"'name' is {(name is null ? "missing" : "empty")}; the catalog and balenaHub show it as the project's title: add a short human name, such as 'name: {example}'",
            context.File,
            name?.Span ?? ManifestSpans.Top(context.Manifest, "name"));
    }
}
