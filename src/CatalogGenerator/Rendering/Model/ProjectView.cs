namespace FleetCatalog.Rendering.Model;

/// <summary>Everything a project's guide page shows.</summary>
/// <param name="Kind">"app" or "block"; <see cref="KindLabel"/> as people read it.</param>
/// <param name="Licence">The SPDX id (e.g. <c>Apache-2.0</c>) or null; <see cref="LicenceUrl"/> where to read it.</param>
/// <param name="Stars">GitHub stars, or null when unknown.</param>
/// <param name="LastUpdated">The pinned commit's date, or the last push.</param>
/// <param name="SourceUrl">The repository at the pinned commit; <see cref="SourceLabel"/> names it (<c>owner/repo</c>).</param>
/// <param name="BoardGroups">Supported boards by architecture, the default board marked.</param>
/// <param name="Difficulty">"Beginner", "Intermediate", "Advanced", or null.</param>
/// <param name="Time">How long it takes, in words ("About 30 minutes"), or null; <see cref="TimeIso"/> as an ISO 8601 duration.</param>
/// <param name="Settings">Every variable, with its default or "you must set this".</param>
/// <param name="WorksByDefault">The one verdict (<see cref="Verdicts.ProjectVerdict"/>): no errors, a known board, nothing to type in first.</param>
/// <param name="Guide">The README (or the entry's guide file), sanitised, links pinned to the commit.</param>
/// <param name="GuideUrl">The guide file in the repository at the pinned commit.</param>
/// <param name="PostProvisioning">The manifest's post-provisioning text, sanitised; null when absent or the same as the README.</param>
/// <param name="StaleNote">Why this page shows an older snapshot, or null.</param>
internal sealed record ProjectView(
    string Slug,
    string Name,
    string Description,
    string Url,
    LogoView? Logo,
    string Kind,
    string KindLabel,
    string? Version,
    string? Licence,
    string? LicenceUrl,
    int? Stars,
    DateView? LastUpdated,
    string SourceUrl,
    string SourceLabel,
    string Commit,
    LinkView? Category,
    DeployView Deploy,
    IReadOnlyList<ArchitectureGroupView> BoardGroups,
    IReadOnlyList<HardwareView> Hardware,
    string? Difficulty,
    string? Time,
    string? TimeIso,
    IReadOnlyList<SettingView> Settings,
    bool WorksByDefault,
    SafeHtml Guide,
    string GuideUrl,
    SafeHtml? PostProvisioning,
    IReadOnlyList<FindingView> Findings,
    string? EditEntryUrl,
    IReadOnlyList<string> Tags,
    string? StaleNote = null)
{
    public int BoardCount => BoardGroups.Sum(g => g.Boards.Count);

    /// <summary>Stars as Pagefind's sort key: it orders keys as text, so the number is zero-padded (unknown is 0).</summary>
    public string StarsSortKey => (Stars ?? 0).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
}
