using System.Collections.Immutable;
using FleetCatalog.Devices;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Rendering.Model;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Rendering.Pages;

/// <summary>Everything the site's pages are made from, gathered once per build.</summary>
/// <param name="Devices">The boards as they stand on <paramref name="Today"/> (<see cref="DeviceRegistry.AsOf"/>).</param>
/// <param name="Today">The build date (UTC), the one every dated text on the site is worked out against.</param>
internal sealed record SiteData(
    SiteView Site,
    SiteConfig Config,
    ImmutableArray<ProjectFacts> Projects,
    ImmutableArray<ProjectSnapshot> AllSnapshots,
    ImmutableArray<LearnPage> LearnPages,
    CategoryList Categories,
    DeviceRegistry Devices,
    DateOnly Today)
{
    public ImmutableArray<ProjectCardView> Cards { get; } = [.. Projects.Select(p => ProjectViews.Card(p, Site, Categories))];

    // Looked up once per project by several pages: by position, never by scanning (a scan per project made a
    // 10,000-project build quadratic, and a record's equality compares every field).
    private readonly Dictionary<ProjectFacts, int> positions = Positions(Projects);
    private readonly Dictionary<string, ProjectFacts> bySlug = BySlug(Projects);

    public ProjectCardView CardOf(ProjectFacts project) => Cards[positions[project]];

    public IEnumerable<ProjectCardView> CardsWhere(Func<ProjectFacts, bool> predicate) =>
        Projects.Where(predicate).Select(CardOf);

    public ProjectFacts? Find(string slug) => bySlug.GetValueOrDefault(slug);

    private static Dictionary<ProjectFacts, int> Positions(ImmutableArray<ProjectFacts> projects)
    {
        var positions = new Dictionary<ProjectFacts, int>(projects.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < projects.Length; i++)
        {
            positions.TryAdd(projects[i], i);
        }

        return positions;
    }

    private static Dictionary<string, ProjectFacts> BySlug(ImmutableArray<ProjectFacts> projects)
    {
        var bySlug = new Dictionary<string, ProjectFacts>(projects.Length, StringComparer.Ordinal);
        foreach (var project in projects)
        {
            bySlug.TryAdd(project.Slug, project);
        }

        return bySlug;
    }
}
