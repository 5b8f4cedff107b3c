using System.Globalization;

namespace FleetCatalog.Sources.Refresh;

/// <summary>
/// The outage rule: a build must not publish a smaller catalog because the network was down. When more than
/// a share of the projects (<c>--max-unreachable</c>, half by default) could not be reached and have no earlier snapshot to
/// show (a lost cache, a first build without network), or an offline build has nothing cached for them, the build
/// publishes nothing and says why in one line.
/// Projects shown from an earlier snapshot (stale) do not count: the catalog keeps them.
/// </summary>
internal static class OutageCheck
{
    public const double DefaultMaxUnreachable = 0.5;

    /// <summary>
    /// The one line that explains why nothing is published; null when the build may publish. An offline build with
    /// nothing cached counts as an outage: it too would publish a catalog without the projects it could not show.
    /// </summary>
    public static string? Find(RefreshResult result, double maxUnreachable)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lost = result.Projects.Where(p => p.Status == SnapshotStatus.Failed && p.Failure?.Kind is RefreshFailureKind.Unreachable or RefreshFailureKind.Offline).ToList();
        if (lost.Count == 0 || lost.Count <= maxUnreachable * result.Projects.Length)
        {
            return null;
        }

        var total = result.Projects.Length;
        var offline = lost.Count(p => p.Failure!.Kind == RefreshFailureKind.Offline);
        if (offline * 2 >= lost.Count)
        {
            var catalog = offline == total ? "an empty catalog" : "a catalog without them";
            return string.Create(CultureInfo.InvariantCulture,
                $"nothing is cached for {offline} of {total} projects, so an offline build would publish {catalog}: build once online first (nothing was published)");
        }

        var (host, cause, _) = Unreachable(lost)[0];
        return string.Create(CultureInfo.InvariantCulture,
            $"{host} could not be reached: {cause}; use --offline to build from the cache "
            + $"(nothing was published: {lost.Count} of {total} projects could not be fetched and have no earlier snapshot)");
    }

    /// <summary>
    /// The projects that failed or went stale because their host could not be reached, one group per host with its
    /// most frequent cause, largest first: an outage is told once per host, not once per project.
    /// </summary>
    public static IReadOnlyList<(string Host, string Cause, int Projects)> Unreachable(IEnumerable<ProjectSnapshot> projects) =>
        [.. projects.Where(p => p.Failure?.Kind == RefreshFailureKind.Unreachable)
            .GroupBy(p => p.Failure!.Host ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .Select(g => (Name(g.Key), g.GroupBy(p => p.Failure!.Cause, StringComparer.Ordinal).OrderByDescending(c => c.Count()).First().Key, g.Count()))];

    /// <summary>Reads a percentage (<c>50%</c> or <c>50</c>) as a share from 0 to 1; null when it is not one from 0 to 100.</summary>
    public static double? ParsePercent(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim().TrimEnd('%').TrimEnd();
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100 ? value / 100 : null;
    }

    /// <summary>How a host is named to people: "GitHub" for github.com and its API.</summary>
    public static string HostName(string? host) => Name(host ?? string.Empty);

    private static string Name(string host) =>
        host.Length == 0 ? "The repositories' host"
        : host.Equals("github.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".github.com", StringComparison.OrdinalIgnoreCase) ? "GitHub"
        : host;
}
