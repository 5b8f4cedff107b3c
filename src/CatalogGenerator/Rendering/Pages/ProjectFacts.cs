using System.Collections.Immutable;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Rendering.Pages;

/// <summary>
/// What the site says about one project, worked out once from its snapshot: its name, boards (aliases
/// resolved, unknown slugs left out), the default board, and whether it works by default.
/// </summary>
internal sealed record ProjectFacts(
    ProjectSnapshot Snapshot,
    string Name,
    string Description,
    bool IsBlock,
    ImmutableArray<DeviceType> Boards,
    DeviceType? DefaultBoard,
    RepositoryUrl? Repository,
    DateTimeOffset? UpdatedAt,
    bool WorksByDefault)
{
    public string Slug => Snapshot.Entry.Slug;

    /// <summary>The findings that mean something must be typed in before the first deploy.</summary>
    private static readonly string[] ZeroConfigCodes =
        [DiagnosticCodes.VariableWithoutDefault.Code, DiagnosticCodes.PlaceholderDefault.Code, DiagnosticCodes.ComposeVariableWithoutDefault.Code];

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
        return new ProjectFacts(
            snapshot,
            ProjectTitle.Of(manifest?.Name?.Text, snapshot.Entry.Slug),
            Text(manifest?.Description?.Text) ?? Text(metadata?.Description) ?? string.Empty,
            manifest?.IsBlock ?? false,
            boards,
            defaultBoard is not null && boards.Contains(defaultBoard) ? defaultBoard : boards.FirstOrDefault(),
            repository,
            metadata?.PushedAt ?? snapshot.Record?.FetchedAt,
            snapshot.Status != SnapshotStatus.Failed && !snapshot.Diagnostics.Any(d => ZeroConfigCodes.Contains(d.Code)));
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
