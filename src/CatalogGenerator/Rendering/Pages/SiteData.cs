using System.Collections.Immutable;
using FleetCatalog.Devices;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Rendering.Model;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Rendering.Pages;

/// <summary>Everything the site's pages are made from, gathered once per build.</summary>
internal sealed record SiteData(
    SiteView Site,
    SiteConfig Config,
    ImmutableArray<ProjectFacts> Projects,
    ImmutableArray<ProjectSnapshot> AllSnapshots,
    ImmutableArray<LearnPage> LearnPages,
    CategoryList Categories,
    DeviceRegistry Devices)
{
    public ImmutableArray<ProjectCardView> Cards { get; } = [.. Projects.Select(p => ProjectViews.Card(p, Site, Categories))];

    public ProjectCardView CardOf(ProjectFacts project) => Cards[Projects.IndexOf(project)];

    public IEnumerable<ProjectCardView> CardsWhere(Func<ProjectFacts, bool> predicate) =>
        Projects.Where(predicate).Select(CardOf);

    public ProjectFacts? Find(string slug) => Projects.FirstOrDefault(p => p.Slug == slug);
}
