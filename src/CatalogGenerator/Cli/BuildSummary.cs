using System.Globalization;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Cli;

/// <summary>What <c>catalog build</c> prints at the end: the counts, then each project that failed or went stale, with why.</summary>
internal static class BuildSummary
{
    public static void Write(RefreshResult result, TextWriter output)
    {
        var t = result.Totals;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{t.Projects} projects: {t.Fetched} fetched, {t.Unchanged} unchanged, {t.Stale} stale, {t.Failed} failed in {t.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"git: {t.GitLsRemotes} ls-remote, {t.GitFetches} fetches; GitHub: {t.GitHubRequests} requests, {t.GitHubNotModified} answered 304, {t.GitHubRateLimited} rate-limited; logos: {t.LogoDownloads} requests"));
        foreach (var project in result.Projects.Where(p => p.Status is SnapshotStatus.Failed or SnapshotStatus.Stale))
        {
            var why = project.StaleReason ?? project.Diagnostics.FirstOrDefault(d => d.Severity == Diagnostics.DiagnosticSeverity.Error)?.Message ?? "see the report";
            output.WriteLine($"  {project.Status.ToString().ToLowerInvariant(),-6} {project.Entry.Slug}: {why}");
        }
    }
}
