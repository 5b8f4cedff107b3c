namespace FleetCatalog.Rendering.Model;

/// <summary>One project's line on the status page.</summary>
/// <param name="Status">The refresh result slug: <c>fetched</c>, <c>unchanged</c>, <c>stale</c>, <c>failed</c>.</param>
/// <param name="StatusLabel">As people read it ("Up to date", "Showing an older copy", ...).</param>
/// <param name="Url">The project's guide, or null when it failed with no snapshot to show.</param>
/// <param name="WorksByDefault">The one verdict (<see cref="Verdicts.ProjectVerdict"/>); <see cref="NotWorkingBecause"/> says why not, or is empty.</param>
/// <param name="Commit">The short commit shown, or empty; <see cref="CommitUrl"/> links it.</param>
/// <param name="Note">Why it is stale or failed, or empty.</param>
internal sealed record StatusRowView(
    string Slug,
    string Name,
    string? Url,
    string Status,
    string StatusLabel,
    int Errors,
    int Warnings,
    bool WorksByDefault,
    string NotWorkingBecause,
    string Commit,
    string? CommitUrl,
    DateView? FetchedAt,
    string Note = "");
