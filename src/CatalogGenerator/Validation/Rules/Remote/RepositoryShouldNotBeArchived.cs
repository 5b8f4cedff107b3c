using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Remote;

/// <summary>An archived repository gets no fixes: a maker who deploys it today inherits every bug for good.</summary>
internal sealed class RepositoryShouldNotBeArchived : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Project.Remote is { Archived: true })
        {
            yield return DiagnosticCodes.RepositoryArchived.Create(
                $"the repository {context.Project.Repository} is archived: it is read-only and gets no more fixes, so the catalog marks the project as unmaintained; "
                    + "if it moved, point the catalog entry at the new repository",
                context.File, SourceSpan.None);
        }
    }
}
