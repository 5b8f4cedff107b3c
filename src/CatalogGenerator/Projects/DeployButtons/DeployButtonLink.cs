using FleetCatalog.Diagnostics;

namespace FleetCatalog.Projects.DeployButtons;

/// <summary>
/// A link to balena's deploy page (<c>https://dashboard.balena-cloud.com/deploy?repoUrl=...</c>) found in a README.
/// </summary>
/// <param name="Url">The link as the browser gets it (HTML entities and Markdown escapes undone).</param>
/// <param name="Span">Where the URL is written in the README.</param>
/// <param name="Parameters">The query parameters, URL-decoded; the first wins when one is given twice (as URLSearchParams.get does).</param>
internal sealed record DeployButtonLink(string Url, SourceSpan Span, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>The repository to deploy; null when the link leaves it to the browser's referrer.</summary>
    public string? RepoUrl => Parameters.GetValueOrDefault("repoUrl");

    /// <summary>The manifest to read instead of the root balena.yml, when given.</summary>
    public string? ConfigUrl => Parameters.GetValueOrDefault("configUrl");
}
