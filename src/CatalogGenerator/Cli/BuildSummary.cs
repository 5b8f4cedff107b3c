using System.Globalization;
using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Cli;

/// <summary>
/// What <c>catalog build</c> (and <c>serve</c>'s first build) prints: after the refresh, what it cost and each project
/// that failed or went stale, with why; at the end, the projects by status, the projects with errors and with
/// warnings (the worst named), and one outcome line that agrees with the exit code.
/// </summary>
internal static class BuildSummary
{
    /// <summary>How many projects the closing lines name, most findings first.</summary>
    public const int Named = 5;

    /// <summary>
    /// Right after the refresh: its requests, each unreachable host once with its cause, and each project that failed
    /// or went stale, with why. A project failed by its own entry points to the entry's errors, which
    /// <paramref name="entryErrors"/> lists just below, rather than repeating them.
    /// </summary>
    public static void WriteRefresh(RefreshResult result, IReadOnlyCollection<Diagnostic> entryErrors, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(entryErrors);
        ArgumentNullException.ThrowIfNull(output);
        var t = result.Totals;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Refreshed in {t.Elapsed.TotalSeconds:0.0} s: git: {t.GitLsRemotes} ls-remote, {t.GitFetches} fetches; GitHub: {t.GitHubRequests} requests, {t.GitHubNotModified} answered 304, {t.GitHubRateLimited} rate-limited; logos: {t.LogoDownloads} requests"));
        var hit = result.Projects.Where(p => p.Status is SnapshotStatus.Failed or SnapshotStatus.Stale).ToList();
        var hosts = OutageCheck.Unreachable(hit);
        foreach (var (host, cause, count) in hosts)
        {
            var group = hit.Where(p => p.Failure is { Kind: RefreshFailureKind.Unreachable } f && OutageCheck.HostName(f.Host) == host).ToList();
            output.WriteLine($"{host} could not be reached for {Count(count, "project", "projects")}: {cause}; {Shown(group)}");
        }

        foreach (var project in hit)
        {
            output.WriteLine($"  {project.Status.ToString().ToLowerInvariant(),-6} {project.Entry.Slug}: {Why(project, hosts, entryErrors)}");
        }
    }

    /// <summary>
    /// The closing lines: every project by status, then the projects with errors and with warnings (the status page's
    /// counts), the worst <see cref="Named"/> of each named with their count, and where every finding is.
    /// </summary>
    public static void WriteClosing(RefreshResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var t = result.Totals;
        output.WriteLine($"{t.Projects} projects: {t.Fetched} fetched, {t.Unchanged} unchanged, {t.Stale} stale, {t.Failed} failed");
        var errors = Worst(result, p => p.Errors, "error", output);
        var warnings = Worst(result, p => p.Warnings, "warning", output);
        if (errors || warnings)
        {
            output.WriteLine("Every project's findings: its row on the status page (/status/), the build report (--report FILE), or 'catalog validate projects/<slug>.yml'");
        }
    }

    /// <summary>
    /// The build's last line, from the same facts as its exit code. On a non-zero exit it begins with what failed
    /// and says what was published: the site without the invalid entries, or nothing (the previous site stays).
    /// </summary>
    public static string Outcome(string output, IReadOnlyList<string> invalidEntries, int siteErrors)
    {
        ArgumentNullException.ThrowIfNull(invalidEntries);
        var entries = invalidEntries.Count == 0
            ? string.Empty
            : $"{Count(invalidEntries.Count, "catalog entry is", "catalog entries are")} invalid ({List(invalidEntries)})";
        return siteErrors > 0
            ? $"{Count(siteErrors, "error", "errors")} in the site{(entries.Length == 0 ? string.Empty : " and " + entries)}, so nothing was published (the previous site, if any, is left in place; exit {ExitCodes.Invalid})"
            : entries.Length > 0
                ? $"{entries}, so {(invalidEntries.Count == 1 ? "it has no project page" : "they have no project pages")}; the rest of the catalog was published to {output} (exit {ExitCodes.Invalid})"
                : $"Site written to {output}";
    }

    /// <summary>"Projects with errors: 2 of 94 (7 errors): pihole 5, traefik 2"; "Projects with errors: none".</summary>
    private static bool Worst(RefreshResult result, Func<ProjectSnapshot, int> count, string noun, TextWriter output)
    {
        var projects = result.Projects.Select(p => (p.Entry.Slug, Count: count(p))).Where(p => p.Count > 0)
            .OrderByDescending(p => p.Count).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
        if (projects.Count == 0)
        {
            output.WriteLine($"Projects with {noun}s: none");
            return false;
        }

        var named = string.Join(", ", projects.Take(Named).Select(p => $"{p.Slug} {p.Count}"));
        var more = projects.Count > Named ? $" and {projects.Count - Named} more" : string.Empty;
        output.WriteLine($"Projects with {noun}s: {projects.Count} of {result.Projects.Length} ({Count(projects.Sum(p => p.Count), noun, noun + "s")}): {named}{more}");
        return true;
    }

    // An unreachable host's projects: said once with the host's cause; a project's own line repeats it only when it differs.
    private static string Why(ProjectSnapshot project, IReadOnlyList<(string Host, string Cause, int Projects)> hosts, IReadOnlyCollection<Diagnostic> entryErrors)
    {
        if (project.Failure is { Kind: RefreshFailureKind.Unreachable } failure)
        {
            var (host, cause, _) = hosts.First(h => h.Host == OutageCheck.HostName(failure.Host));
            return failure.Cause == cause ? $"{host} could not be reached (above)" : $"{host} could not be reached: {failure.Cause}";
        }

        var error = project.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        return project.StaleReason
            ?? (error is not null && entryErrors.Contains(error) ? $"its entry is invalid ({error.File}, below)" : error?.Message)
            ?? "see the report";
    }

    private static string Shown(List<ProjectSnapshot> group)
    {
        var stale = group.Count(p => p.Status == SnapshotStatus.Stale);
        var failed = group.Count - stale;
        return (stale, failed) switch
        {
            (_, 0) => stale == 1 ? "it is shown from the cache" : "they are shown from the cache",
            (0, _) => failed == 1 ? "it has nothing cached and is left out" : "they have nothing cached and are left out",
            _ => $"{stale} shown from the cache, {failed} left out (nothing cached)",
        };
    }

    private static string List(IReadOnlyList<string> items) =>
        string.Join(", ", items.Take(Named)) + (items.Count > Named ? $" and {items.Count - Named} more" : string.Empty);

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
