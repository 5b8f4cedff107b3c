using System.Collections.Immutable;
using FleetCatalog.Devices;
using FleetCatalog.Manifests;
using FleetCatalog.Projects;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Verdicts;

namespace FleetCatalog.Rendering.Pages;

/// <summary>
/// What the site says about one project, worked out once from its snapshot: its name, boards (aliases
/// resolved, unknown slugs left out), the default board, its settings and whether it works by default. Every
/// text from the project's files is taken without invisible characters (<see cref="VisibleText"/>), here, once.
/// </summary>
internal sealed record ProjectFacts(
    ProjectSnapshot Snapshot,
    string Name,
    string Description,
    string? Version,
    bool IsBlock,
    ImmutableArray<DeviceType> Boards,
    DeviceType? DefaultBoard,
    RepositoryUrl? Repository,
    DateTimeOffset? UpdatedAt,
    ImmutableArray<FleetSetting> Settings,
    ProjectVerdict Verdict)
{
    public string Slug => Snapshot.Entry.Slug;

    public bool WorksByDefault => Verdict.WorksByDefault;

    /// <summary>The verdict on any refreshed project: its facts' when it is shown, else one with no board and no settings (it failed).</summary>
    public static ProjectVerdict VerdictOf(ProjectSnapshot snapshot, ProjectFacts? facts) => facts?.Verdict ?? ProjectVerdict.Of(snapshot, 0, []);

    public static ProjectFacts From(ProjectSnapshot snapshot, DeviceRegistry devices)
    {
        var manifest = snapshot.Validation?.Manifest;
        var repository = RepositoryUrl.Parse(snapshot.Entry.Repository);
        var boards = (manifest?.SupportedDeviceTypes ?? [])
            .Select(v => v.Text is { } slug ? devices.Find(slug) ?? devices.FindByAlias(slug) : null)
            .OfType<DeviceType>()
            .DistinctBy(d => d.Slug)
            .OrderBy(d => Pages.Boards.Rank(d.Slug))
            .ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .ToImmutableArray();
        var defaultSlug = manifest?.DefaultDeviceType?.Text ?? "raspberrypi4-64";
        var defaultBoard = devices.Find(defaultSlug) ?? devices.FindByAlias(defaultSlug);
        var metadata = snapshot.Record?.Metadata;
        var settings = FleetSetting.Of(manifest, snapshot.Diagnostics);
        return new ProjectFacts(
            snapshot,
            ProjectTitle.Of(Text(manifest?.Name?.Text), snapshot.Entry.Slug),
            Text(manifest?.Description?.Text) ?? Text(metadata?.Description) ?? string.Empty,
            Text(manifest?.Version?.Text),
            manifest?.IsBlock ?? false,
            boards,
            defaultBoard is not null && boards.Contains(defaultBoard) ? defaultBoard : boards.FirstOrDefault(),
            repository,
            metadata?.PushedAt ?? snapshot.Record?.FetchedAt,
            settings,
            ProjectVerdict.Of(snapshot, boards.Length, settings));
    }

    private static string? Text(string? value)
    {
        var shown = value is null ? null : VisibleText.Clean(value).Trim();
        return string.IsNullOrEmpty(shown) ? null : shown;
    }
}
