using FleetCatalog.DeployButton;
using FleetCatalog.Rendering.Model;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Rendering.Pages;

/// <summary>The status page, the deploy button maker and the 404 page.</summary>
internal static class OtherPages
{
    public static SitePage Status(SiteData data)
    {
        var site = data.Site;
        var rows = data.AllSnapshots.Select(s =>
        {
            var facts = data.Find(s.Entry.Slug);
            var verdict = ProjectFacts.VerdictOf(s, facts);
            var repository = facts?.Repository;
            var commit = s.Commit ?? string.Empty;
            return new StatusRowView(
                s.Entry.Slug,
                facts?.Name ?? ProjectTitle.Of(null, s.Entry.Slug),
                facts is null ? null : ProjectViews.Url(site, s.Entry.Slug),
                s.Status.ToString().ToLowerInvariant(),
                s.Status switch
                {
                    SnapshotStatus.Fetched => "Updated",
                    SnapshotStatus.Unchanged => "Up to date",
                    SnapshotStatus.Stale => "Stale",
                    _ => "Failed",
                },
                s.Errors,
                s.Warnings,
                verdict.WorksByDefault,
                string.Join(", ", verdict.Reasons),
                commit.Length > 7 ? commit[..7] : commit,
                repository is { IsGitHub: true } && commit.Length > 0 ? $"{repository.WebUrl}/commit/{commit}" : null,
                s.Record is { } record ? DateView.From(record.FetchedAt) : null,
                Manifests.VisibleText.Escaped(s.StaleReason
                    ?? (s.Status == SnapshotStatus.Failed ? s.Diagnostics.FirstOrDefault(d => d.Severity == Diagnostics.DiagnosticSeverity.Error)?.Message ?? string.Empty : string.Empty)));
        }).ToList();
        var counts = new StatusCountsView(
            rows.Count,
            rows.Count(r => r.Status is "fetched" or "unchanged"),
            rows.Count(r => r.Status == "stale"),
            rows.Count(r => r.Status == "failed"),
            rows.Count(r => r.Errors > 0),
            rows.Count(r => r.Warnings > 0),
            rows.Count(r => r.WorksByDefault));
        var meta = PageMeta.For(site, "Status", "Every project's last fetch and validation result.", "/status/", "status", new LinkView("Home", site.Href("/")));
        return new SitePage("status/index.html", "status", new StatusPageView(site, meta, counts, rows, DateView.From(data.Today)));
    }

    public static SitePage DeployButtonMaker(SiteData data)
    {
        var site = data.Site;
        const string repository = "https://github.com/balena-labs-projects/audio";
        var url = DeployUrl.Create(repository, "raspberrypi4-64");
        var example = new DeployButtonExampleView(repository, "raspberrypi4-64", url.ToString(), DeployButtonSnippet.Markdown(url), DeployButtonSnippet.Html(url));
        var boards = data.Devices.All
            .Where(d => d.Status is Devices.DeviceSupportStatus.Supported or Devices.DeviceSupportStatus.PendingDiscontinuation)
            .OrderBy(d => Boards.Rank(d.Slug)).ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .Select(d => Boards.Choice(site, d, d.Slug == "raspberrypi4-64"))
            .ToList();
        var meta = PageMeta.For(site, "Deploy button maker", "Make a Deploy with balena button for any repository.", "/deploy-button/", "deploy-button",
            new LinkView("Home", site.Href("/")));
        return new SitePage("deploy-button/index.html", "deploy-button", new DeployButtonPageView(
            site, meta, DeployUrl.DeployPage, site.AssetsUrl + "deploy-with-balena.svg", example, boards));
    }

    public static SitePage NotFound(SiteData data)
    {
        var site = data.Site;
        var meta = PageMeta.For(site, "Page not found", "This page does not exist.", "/404.html", "none") with { NoIndex = true };
        return new SitePage("404.html", "not-found", new NotFoundPageView(site, meta,
        [
            new LinkView("All projects", site.Href("/projects/")),
            new LinkView("Boards", site.Href("/devices/")),
            new LinkView("Learn", site.Href("/learn/")),
        ]));
    }
}
