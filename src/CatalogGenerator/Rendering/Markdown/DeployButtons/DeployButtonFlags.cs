using AngleSharp.Dom;
using FleetCatalog.Projects;

namespace FleetCatalog.Rendering.Markdown.DeployButtons;

/// <summary>
/// Deploy buttons in the guide, made honest on this site. One that deploys another repository (a README copied from
/// a template, or kept after a fork) gets the class <c>guide-deploy-elsewhere</c> and a visible note saying which
/// repository it deploys. One without <c>repoUrl</c> would make the dashboard guess from the page the click came from
/// (on GitHub, the repository; here, the catalog), so it is given the repository it meant.
/// </summary>
internal static class DeployButtonFlags
{
    public static void Apply(IElement root, GuideContext context)
    {
        var expected = context.DeployTarget;
        foreach (var link in root.QuerySelectorAll("a[href]").ToList())
        {
            var href = link.GetAttribute("href")!;
            if (!DeployLinks.IsDeployUrl(href))
            {
                continue;
            }

            if (DeployLinks.RepoUrl(href) is not { } repoUrl)
            {
                link.SetAttribute("href", WithRepoUrl(href, expected));
                continue;
            }

            var target = RepositoryUrl.Parse(repoUrl);
            if (expected.Equals(target))
            {
                continue;
            }

            link.ClassList.Add("guide-deploy-elsewhere");
            var note = link.Owner!.CreateElement("strong");
            note.SetAttribute("class", "guide-deploy-note");
            note.TextContent = target is null
                ? $"This button names no repository it can deploy ({repoUrl})."
                : $"This button deploys another repository: {DeployLinks.Name(target)}.";
            link.After(note);
        }
    }

    private static string WithRepoUrl(string href, RepositoryUrl repository)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var (beforeFragment, fragment) = hash < 0 ? (href, string.Empty) : (href[..hash], href[hash..]);
        var separator = !beforeFragment.Contains('?', StringComparison.Ordinal) ? "?" : beforeFragment.EndsWith('?') || beforeFragment.EndsWith('&') ? string.Empty : "&";
        return beforeFragment + separator + "repoUrl=" + Uri.EscapeDataString(repository.WebUrl) + fragment;
    }
}
