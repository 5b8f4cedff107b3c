using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;

namespace FleetCatalog.Validation.Rules.Files;

/// <summary>
/// The deploy button builds whatever <c>repoUrl</c> names. A README copied from a template or kept after a fork or
/// a move often still names the original, so people who click it get another project than the one they read about.
/// </summary>
internal sealed class ReadmeDeployButtonMustPointAtThisRepository : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Project.Readme is not { } readme)
        {
            yield break;
        }

        var expected = ProjectRepository.KnownOrClaimed(context, out var fromManifest);
        if (expected is null)
        {
            yield break;
        }

        var project = fromManifest ? $"assets.repository names {expected.WebUrl}" : $"this project is {expected.WebUrl}";
        foreach (var button in context.ReadmeDeployButtons)
        {
            // No repoUrl: the dashboard falls back to the page the click came from, which is this repository on GitHub.
            if (button.RepoUrl is not { } repoUrl)
            {
                continue;
            }

            var target = RepositoryUrl.Parse(repoUrl);
            if (expected.Equals(target))
            {
                continue;
            }

            var what = target is null
                ? $"the deploy button's repoUrl is '{repoUrl}', which is not a repository URL, so the button cannot deploy anything"
                : $"the deploy button deploys {target.WebUrl}, but {project}, so people who click it get another project";
            yield return DiagnosticCodes.ReadmeDeployButtonOtherRepository.Create(
                $"{what}: did you mean 'repoUrl={expected.WebUrl}'?",
                readme.Path, button.Span);
        }
    }
}
