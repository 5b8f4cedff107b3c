using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;

namespace FleetCatalog.Validation.Rules.Files;

/// <summary>
/// balenaHub and the catalog link to <c>assets.repository</c> as the project's source. After a fork, a move or a copy
/// of a template it often still names the original, sending visitors (and their bug reports) elsewhere.
/// </summary>
internal sealed class AssetsRepositoryMustMatchRepository : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var known = ProjectRepository.Known(context);
        if (known is null || context.Manifest.Repository?.Url is not { Text: { } text } value || text.Trim().Length == 0)
        {
            yield break;
        }

        var claimed = RepositoryUrl.Parse(text);
        var current = RepositoryUrl.Parse(context.Project.Remote?.CanonicalUrl);
        if (current is not null && !current.Equals(known))
        {
            // The host redirected: the repository was renamed or transferred since the entry was written.
            if (!current.Equals(claimed))
            {
                yield return DiagnosticCodes.RepositoryMismatch.Create(
                    $"the repository moved to {current.WebUrl}, but assets.repository still names {claimed?.WebUrl ?? text.Trim()}; the old address only works while the host keeps redirecting: did you mean '{current.WebUrl}'?",
                    context.File, value.Span);
            }

            yield break;
        }

        if (known.Equals(claimed))
        {
            yield break;
        }

        var what = claimed is null
            ? $"assets.repository is '{text.Trim()}', which is not a repository URL"
            : $"assets.repository names {claimed.WebUrl}, but this project is {known.WebUrl}";
        yield return DiagnosticCodes.RepositoryMismatch.Create(
            $"{what}; balenaHub and the catalog link to it as the project's source, so visitors would land somewhere else (if the repository was forked or moved, update the link): did you mean '{known.WebUrl}'?",
            context.File, value.Span);
    }
}
