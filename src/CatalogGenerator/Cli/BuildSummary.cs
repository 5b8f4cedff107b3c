using System.Globalization;
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

    /// <summary>Right after the refresh: its requests and each project that failed or went stale, with why.</summary>
    public static void WriteRefresh(RefreshResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var t = result.Totals;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Refreshed in {t.Elapsed.TotalSeconds:0.0} s: git: {t.GitLsRemotes} ls-remote, {t.GitFetches} fetches; GitHub: {t.GitHubRequests} requests, {t.GitHubNotModified} answered 304, {t.GitHubRateLimited} rate-limited; logos: {t.LogoDownloads} requests"));
        foreach (var project in result.Projects.Where(p => p.Status is SnapshotStatus.Failed or SnapshotStatus.Stale))
        {
            var why = project.StaleReason ?? project.Diagnostics.FirstOrDefault(d => d.Severity == Diagnostics.DiagnosticSeverity.Error)?.Message ?? "see the report";
            output.WriteLine($"  {project.Status.ToString().ToLowerInvariant(),-6} {project.Entry.Slug}: {why}");
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
    /// The build's last line, from the same facts as its exit code: "Site written" only when the site was published,
    /// and then with the number of invalid entries and the exit code they earn, when there are any.
    /// </summary>
    public static string Outcome(string output, int invalidEntries, int siteErrors) =>
        siteErrors > 0
            ? $"Site not written: {Count(siteErrors, "error", "errors")} in the site (the previous site, if any, is untouched; exit {ExitCodes.Invalid})"
            : invalidEntries > 0
                ? $"Site written to {output}, but {Count(invalidEntries, "entry is", "entries are")} invalid (exit {ExitCodes.Invalid})"
                : $"Site written to {output}";

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

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
