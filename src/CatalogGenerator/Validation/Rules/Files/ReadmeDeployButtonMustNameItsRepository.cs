using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Files;

/// <summary>
/// Without <c>repoUrl</c> the dashboard guesses the repository from the page the click came from; balena's
/// docs warn that this fails on Firefox and with ad-blockers, and it fails everywhere off GitHub (a catalog,
/// a blog). The click then ends in an error instead of a deploy.
/// </summary>
internal sealed class ReadmeDeployButtonMustNameItsRepository : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Project.Readme is not { } readme)
        {
            yield break;
        }

        var repository = ProjectRepository.KnownOrClaimed(context, out _);
        var fix = repository is null
            ? "add '?repoUrl=' with the repository's URL"
            : $"use 'https://dashboard.balena-cloud.com/deploy?repoUrl={repository.WebUrl}'";
        foreach (var button in context.ReadmeDeployButtons.Where(b => b.RepoUrl is null))
        {
            yield return DiagnosticCodes.ReadmeDeployButtonWithoutRepoUrl.Create(
                $"the deploy button '{button.Url}' names no repository, so the dashboard guesses it from the referring page, which fails on Firefox, with ad-blockers and on any page but GitHub: {fix}",
                readme.Path, button.Span);
        }
    }
}
