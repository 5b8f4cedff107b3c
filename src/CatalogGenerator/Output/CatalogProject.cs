using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Output;

/// <summary>One project as catalog.json and projects/&lt;slug&gt;.json publish it (docs/catalog-json.md).</summary>
/// <param name="Category">The category's slug from site/categories.yml.</param>
/// <param name="Repository">The repository's web address (<c>https://github.com/owner/repo</c>).</param>
/// <param name="Commit">The full commit hash the catalog built from.</param>
/// <param name="License">An SPDX identifier, when the repository declares one.</param>
/// <param name="UpdatedAt">When the project last changed (its pinned commit's or release's date).</param>
/// <param name="Boards">In the order the page shows them; the default one marked.</param>
/// <param name="Duration">Time from deploying to a working device.</param>
/// <param name="WorksByDefault">The one verdict (<see cref="Verdicts.ProjectVerdict"/>): no errors, a known board, nothing to type in first.</param>
/// <param name="DeployUrl">The "Deploy with balena" address, with defaultDeviceType; null when it cannot be built.</param>
internal sealed record CatalogProject(
    string Slug,
    string Name,
    string Description,
    string? Version,
    CatalogProjectType Type,
    string Category,
    IReadOnlyList<string> Tags,
    string Repository,
    string Commit,
    string? License,
    int? Stars,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<CatalogBoard> Boards,
    Difficulty? Difficulty,
    TimeSpan? Duration,
    bool WorksByDefault,
    ProjectStatus Status,
    string? DeployUrl,
    CatalogLogo? Logo);
