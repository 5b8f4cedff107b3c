using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Projects.DeployButtons;

namespace FleetCatalog.Rendering.Markdown.DeployButtons;

/// <summary>CAT801 for each deploy button in the guide's Markdown that deploys another repository, where it is written.</summary>
internal static class DeployButtonFindings
{
    public static IEnumerable<Diagnostic> Find(string markdown, GuideContext context)
    {
        var expected = context.DeployTarget;
        foreach (var button in DeployButtonFinder.Find(markdown))
        {
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
                ? $"the guide's deploy button has repoUrl '{repoUrl}', which names no repository it can deploy"
                : $"the guide's deploy button deploys {target.WebUrl}, not this project";
            yield return DiagnosticCodes.GuideDeployButtonOtherRepository.Create(
                $"{what}, so the site shows a warning beside it: did you mean 'repoUrl={expected.WebUrl}'?",
                context.GuidePath, button.Span);
        }
    }
}
