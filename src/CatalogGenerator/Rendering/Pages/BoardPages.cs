using FleetCatalog.Rendering.Model;

namespace FleetCatalog.Rendering.Pages;

/// <summary><c>/devices/</c> and one page per board: "Projects for your Raspberry Pi 3".</summary>
internal static class BoardPages
{
    public static IEnumerable<SitePage> All(SiteData data)
    {
        var site = data.Site;
        var boards = data.Devices.All
            .OrderBy(d => Boards.Rank(d.Slug))
            .ThenBy(d => d.Status)
            .ThenBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .Select(d => (Device: d, View: Boards.View(site, d, data.Projects.Count(p => p.Boards.Contains(d)))))
            .ToList();
        var home = new LinkView("Home", site.Href("/"));
        yield return new SitePage("devices/index.html", "boards", new BoardsPageView(
            site,
            PageMeta.For(site, "Boards", "Every board balena supports, with the projects that run on it.", "/devices/", "devices", home),
            "Start with the board you have. Each board lists the catalog projects that run on it.",
            [.. boards.Select(b => b.View).Where(b => b.ProjectCount > 0)],
            [.. boards.Select(b => b.View).Where(b => b.ProjectCount == 0)]));
        foreach (var (device, view) in boards)
        {
            var projects = data.CardsWhere(p => p.Boards.Contains(device)).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
            var meta = PageMeta.For(site, $"Projects for your {device.Name}", $"Catalog projects that run on the {device.Name} ({view.ArchitectureLabel}).",
                $"/devices/{device.Slug}/", "devices", home, new LinkView("Boards", site.Href("/devices/")));
            yield return new SitePage($"devices/{device.Slug}/index.html", "board", new BoardPageView(site, meta, view, projects));
        }
    }
}
