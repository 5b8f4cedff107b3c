using System.Globalization;
using FleetCatalog.DeployButton;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Rendering.Model;
using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Rendering.Pages;

/// <summary>Turns a project's facts into the views its card and its guide page show.</summary>
internal static class ProjectViews
{
    public static string Url(SiteView site, string slug) => site.Href($"/projects/{slug}/");

    public static ProjectCardView Card(ProjectFacts project, SiteView site, CategoryList categories)
    {
        var entry = project.Snapshot.Entry;
        var summary = project.Description.Length > 160 ? project.Description[..157].TrimEnd() + "…" : project.Description;
        return new ProjectCardView(
            project.Slug,
            project.Name,
            Url(site, project.Slug),
            summary,
            Logo(project, site),
            project.IsBlock ? "block" : "app",
            project.IsBlock ? "Block" : "App",
            Category(entry.Category, site, categories),
            [.. project.Boards.Take(3).Select(b => b.Name)],
            Math.Max(0, project.Boards.Length - 3),
            project.WorksByDefault,
            entry.Difficulty?.ToString().ToLowerInvariant());
    }

    public static ProjectView Page(ProjectFacts project, SiteView site, CategoryList categories, SafeHtml guide, SafeHtml? postProvisioning, string? editLinkBase)
    {
        var snapshot = project.Snapshot;
        var entry = snapshot.Entry;
        var manifest = snapshot.Validation?.Manifest;
        var metadata = snapshot.Record?.Metadata;
        var source = project.Repository?.WebUrl ?? entry.Repository;
        var commit = snapshot.Commit ?? string.Empty;
        var licence = metadata?.License is { Length: > 0 } spdx && spdx != "NOASSERTION" ? spdx : null;
        var settings = Settings(project);
        return new ProjectView(
            project.Slug,
            project.Name,
            project.Description,
            Url(site, project.Slug),
            Logo(project, site),
            project.IsBlock ? "block" : "app",
            project.IsBlock ? "Block" : "App",
            project.Version,
            licence,
            licence is null ? null : $"https://spdx.org/licenses/{licence}.html",
            metadata?.Stars,
            project.UpdatedAt is { } updated ? DateView.From(updated) : null,
            source,
            project.Repository is { } r ? $"{r.Owner}/{r.Name}" : source,
            commit,
            Category(entry.Category, site, categories),
            Deploy(project, site, settings),
            [.. project.Boards
                .GroupBy(b => b.Architecture)
                .OrderBy(g => g.Min(b => Boards.Rank(b.Slug)))
                .Select(g => new ArchitectureGroupView(g.Key.Slug(), Boards.ArchitectureLabel(g.Key), [.. g.Select(b => Boards.Choice(site, b, b == project.DefaultBoard))]))],
            [.. entry.Hardware.Select(h => new HardwareView(h.Name, h.Quantity, h.Optional))],
            entry.Difficulty?.ToString().ToLowerInvariant(),
            entry.Duration is { } duration ? DurationText(duration) : null,
            entry.Duration is { } iso ? System.Xml.XmlConvert.ToString(iso) : null,
            settings,
            project.WorksByDefault,
            guide,
            project.Repository is { IsGitHub: true } gh && commit.Length > 0 ? $"{gh.WebUrl}/blob/{commit}/{entry.GuidePath}" : source,
            postProvisioning,
            [.. snapshot.Diagnostics.Select(Finding)],
            editLinkBase is null ? null : editLinkBase + entry.File,
            [.. entry.Tags.Concat(metadata?.Topics ?? []).Distinct(StringComparer.OrdinalIgnoreCase)],
            StaleNote.For(snapshot));
    }

    /// <summary>The deploy link with the project's default board; empty when the repository cannot be deployed by a button (not public https).</summary>
    public static string DeployLink(ProjectFacts project) =>
        project.Repository is { } repository && DeployUrl.TryCreate(repository.WebUrl, project.DefaultBoard?.Slug) is { Succeeded: true } result
            ? result.Url.ToString()
            : string.Empty;

    public static FindingView Finding(Diagnostic d)
    {
        var descriptor = DiagnosticCodes.Find(d.Code);
        var (severity, label) = d.Severity switch
        {
            DiagnosticSeverity.Error => ("error", "Error"),
            DiagnosticSeverity.Warning => ("warning", "Warning"),
            _ => ("info", "Note"),
        };
        var location = d.Span.IsNone ? d.File : string.Create(CultureInfo.InvariantCulture, $"{d.File}, line {d.Span.Line}");
        return new FindingView(d.Code, severity, label, VisibleText.Escaped(d.Message), descriptor?.HelpUri ?? DiagnosticDescriptor.DocsUrl, location);
    }

    /// <summary>Every setting the new fleet gets, the ones a maker must set first, then the rest in the manifest's order.</summary>
    private static DeployView Deploy(ProjectFacts project, SiteView site, IReadOnlyList<SettingView> settings) => new(
        DeployLink(project),
        project.DefaultBoard is { } board ? Boards.Choice(site, board, isDefault: true) : null,
        [.. settings.Where(s => s.MustSet), .. settings.Where(s => !s.MustSet)],
        project.WorksByDefault,
        project.Verdict.Reasons);

    private static List<SettingView> Settings(ProjectFacts project) =>
        [.. project.Settings.Select(s => new SettingView(s.Name, s.Kind == VariableKind.Environment ? "environment" : "config", s.Default, s.MustSet))];

    private static LogoView? Logo(ProjectFacts project, SiteView site) =>
        project.Snapshot.Record?.Logo is { } logo
            ? new LogoView(site.Href($"/logos/{logo.FileName}"), logo.Width, logo.Height, $"{project.Name} logo")
            : null;

    private static LinkView? Category(string? slug, SiteView site, CategoryList categories) =>
        slug is not null && categories.Find(slug) is { } category ? new LinkView(category.Name, site.Href($"/projects/category/{category.Slug}/")) : null;

    private static string DurationText(TimeSpan duration) => duration switch
    {
        { TotalMinutes: < 60 } => $"{duration.TotalMinutes:0} minutes",
        { Minutes: 0 } => duration.TotalHours == 1 ? "1 hour" : $"{duration.TotalHours:0} hours",
        _ => $"{(int)duration.TotalHours} h {duration.Minutes} min",
    };
}
