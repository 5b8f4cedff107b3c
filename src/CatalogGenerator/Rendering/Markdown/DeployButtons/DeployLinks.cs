using FleetCatalog.Projects;
using FleetCatalog.Projects.DeployButtons;

namespace FleetCatalog.Rendering.Markdown.DeployButtons;

/// <summary>Reading a link to balena's deploy page (<c>https://dashboard.balena-cloud.com/deploy?repoUrl=...</c>).</summary>
internal static class DeployLinks
{
    public static bool IsDeployUrl(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.Host is "dashboard.balena-cloud.com" or "www.dashboard.balena-cloud.com"
        && uri.AbsolutePath.TrimEnd('/') == "/deploy";

    /// <summary>The repoUrl a deploy link names, or null when it names none.</summary>
    public static string? RepoUrl(string href) => DeployButtonFinder.QueryParameters(href).GetValueOrDefault("repoUrl");

    /// <summary>How a guide names a repository in a sentence: <c>OWNER/REPO</c> on GitHub, host and path elsewhere.</summary>
    public static string Name(RepositoryUrl repository) => repository.IsGitHub ? repository.Path : $"{repository.Host}/{repository.Path}";
}
