using FleetCatalog.Output;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Rendering.Pages;

/// <summary>The site's files for machines: catalog.json and one JSON per project, badges, the Atom feed, robots.txt.</summary>
internal static class DataFiles
{
    public static void Write(SiteData data, SiteOutput output, SiteUrls urls)
    {
        var projects = data.Projects.Select(Catalog).ToList();
        output.WriteText(SiteUrls.Catalog, CatalogJsonWriter.WriteCatalog(urls, projects));
        foreach (var project in projects)
        {
            output.WriteText(SiteUrls.ProjectJson(project.Slug), CatalogJsonWriter.WriteProject(urls, project));
        }

        foreach (var snapshot in data.AllSnapshots)
        {
            output.WriteText(SiteUrls.Badge(snapshot.Entry.Slug), StatusBadge.Render(Status(snapshot, data.Find(snapshot.Entry.Slug)), snapshot.Warnings));
        }

        var entries = data.Projects
            .Where(p => p.UpdatedAt is not null)
            .Select(p => new FeedEntry(p.Name, SiteUrls.ProjectPage(p.Slug), p.UpdatedAt!.Value, p.Description))
            .OrderByDescending(e => e.Updated);
        output.WriteText(SiteUrls.Feed, AtomFeedWriter.Write(urls, new FeedInfo(data.Site.Title, data.Site.Tagline, data.Site.Title), entries));
        output.WriteText(SiteUrls.Robots, RobotsTxt.Create(urls));
    }

    private static CatalogProject Catalog(ProjectFacts p)
    {
        var entry = p.Snapshot.Entry;
        var metadata = p.Snapshot.Record?.Metadata;
        var logo = p.Snapshot.Record?.Logo;
        var deploy = ProjectViews.DeployLink(p);
        return new CatalogProject(
            p.Slug,
            p.Name,
            p.Description,
            p.Version,
            p.IsBlock ? CatalogProjectType.Block : CatalogProjectType.App,
            entry.Category ?? string.Empty,
            [.. entry.Tags],
            p.Repository?.WebUrl ?? entry.Repository,
            p.Snapshot.Commit ?? string.Empty,
            metadata?.License is { Length: > 0 } licence && licence != "NOASSERTION" ? licence : null,
            metadata?.Stars,
            p.UpdatedAt,
            [.. p.Boards.Select(b => new CatalogBoard(b.Slug, b.Name, Devices.DeviceArchitectures.Slug(b.Architecture), b == p.DefaultBoard))],
            entry.Difficulty,
            entry.Duration,
            p.WorksByDefault,
            Status(p.Snapshot, p),
            deploy.Length == 0 ? null : deploy,
            logo is null ? null : new CatalogLogo($"logos/{logo.FileName}", logo.Width, logo.Height));
    }

    private static ProjectStatus Status(ProjectSnapshot snapshot, ProjectFacts? facts) =>
        ProjectFacts.VerdictOf(snapshot, facts).Status(snapshot.Status, snapshot.Warnings);
}
