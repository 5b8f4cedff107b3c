using FleetCatalog.Projects;

namespace FleetCatalog.Rendering.Markdown;

/// <summary>Where a guide's Markdown lives, so that its relative links and images can be resolved and its deploy buttons checked.</summary>
/// <param name="Repository">The repository holding the guide (<c>https://github.com/OWNER/REPO</c>).</param>
/// <param name="Commit">The pinned commit (its full SHA) that relative links and images point at.</param>
/// <param name="GuidePath">The guide's path in the repository, with forward slashes (<c>README.md</c>, <c>docs/guide.md</c>); relative links resolve from its folder.</param>
/// <param name="ExpectedRepository">The repository the guide's deploy buttons should deploy; null means <paramref name="Repository"/>.</param>
/// <param name="SiteBaseUrl">The site's own absolute base URL (<c>https://catalog.example.org/</c>); links below it are not external. Null: every absolute link is external.</param>
internal sealed record GuideContext(
    RepositoryUrl Repository,
    string Commit,
    string GuidePath = "README.md",
    RepositoryUrl? ExpectedRepository = null,
    Uri? SiteBaseUrl = null)
{
    /// <summary>Remove the guide's first heading when it is an h1 (the project's name, which the page already shows); <see cref="RenderedGuide.Title"/> still reports it.</summary>
    public bool DropTitle { get; init; }

    /// <summary>
    /// The highest heading level the guide may use. When its highest remaining heading is above this, every heading
    /// moves down by the difference (h1 → h2, h2 → h3, at most h6), keeping the outline and leaving the page's own h1
    /// unique. 1 leaves the levels as written.
    /// </summary>
    public int HighestHeadingLevel { get; init; } = 1;

    /// <summary>The repository deploy buttons should deploy.</summary>
    public RepositoryUrl DeployTarget => ExpectedRepository ?? Repository;

    /// <summary>A context from the repository's web address as text; throws when it names no repository.</summary>
    public static GuideContext For(string repositoryUrl, string commit, string guidePath = "README.md") =>
        new(RepositoryUrl.Parse(repositoryUrl) ?? throw new ArgumentException($"'{repositoryUrl}' is not a repository URL", nameof(repositoryUrl)), commit, guidePath);
}
