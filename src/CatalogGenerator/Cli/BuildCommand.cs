using System.CommandLine;
using FleetCatalog.Diagnostics;
using FleetCatalog.Output;
using FleetCatalog.Rendering.Pages;
using FleetCatalog.Search;
using FleetCatalog.Sources.Refresh;
using Spectre.Console;

namespace FleetCatalog.Cli;

/// <summary>
/// <c>catalog build</c>: refresh every project in <c>projects/</c> from its repository (git and GitHub,
/// incrementally, through the cache), validate it, and write the site. One broken repository never stops the others.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var options = new BuildOptions("_site");
        var command = new Command("build", "Refresh every catalog project from its repository and validate it.");
        options.AddTo(command);
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took (and what it allocated)." };
        command.Options.Add(timings);
        var maxUnreachable = MaxUnreachableOption.Create();
        command.Options.Add(maxUnreachable);
        command.SetAction(async (result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration.Output;
            var settings = options.Read(result);
            using var guard = OutputGuard.Claim(settings, settings.Output!, "build", result.InvocationConfiguration.Error);
            if (!guard.Granted)
            {
                return ExitCodes.Unreadable;
            }

            var stages = result.GetValue(timings) ? new SiteBuildTimings() : null;
            string? stamp;
            BuildStamp? last;
            using (SiteBuildTimings.Start(stages, "check"))
            {
                stamp = StampInputs(settings);
                last = stamp is null ? null : BuildStamp.Match(settings.Output!, stamp);
            }

            // Before anything is read: the category list is among the stamped inputs, and a build that could not read
            // it published nothing, so left no stamp to match.
            if (last is not null)
            {
                return UpToDate(settings, last, stages, console);
            }

            var (session, problems) = BuildSession.Open(settings);
            if (session is null)
            {
                WriteFindings(problems, result.InvocationConfiguration.Error);
                return ExitCodes.Unreadable;
            }

            var entries = session.ReadEntries();
            RefreshResult refreshed;
            using (SiteBuildTimings.Start(stages, "refresh"))
            {
                refreshed = await session.RefreshAllAsync(entries, refresh => IsInteractive(console)
                    ? SpectreRefreshProgress.RunAsync(AnsiConsole.Console, progress => refresh.RunAsync(entries, progress, cancellationToken))
                    : refresh.RunAsync(entries, new PlainRefreshProgress(console), cancellationToken));
            }

            if (settings.Report is { } reportFile)
            {
                BuildReportWriter.Write(refreshed, reportFile);
            }

            if (OutageCheck.Find(refreshed, MaxUnreachableOption.Share(result, maxUnreachable)) is { } outage)
            {
                result.InvocationConfiguration.Error.WriteLine(outage);
                return ExitCodes.Unreachable;
            }

            var report = new TeeWriter(console);
            var entryErrors = entries.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            BuildSummary.WriteRefresh(refreshed, entryErrors, report);
            WriteFindings(entryErrors, report);

            // Pagefind is prepared (installed on first use) before rendering: when it cannot be, the site is built
            // without a search page, with a warning saying why, rather than not at all.
            var (search, searchProblem) = session.PrepareSearch(IndexedLine(console));
            var siteFindings = session.Render(settings.Output!, settings.BaseUrl?.AbsoluteUri, search, stages);
            if (searchProblem is not null)
            {
                siteFindings = siteFindings.Add(searchProblem);
            }

            if (stages is not null)
            {
                console.WriteLine(stages.Format());
            }

            var siteErrors = siteFindings.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            WriteFindings(siteFindings.Where(d => d.Severity != DiagnosticSeverity.Info), report);
            BuildSummary.WriteClosing(refreshed, report);
            var invalidEntries = entryErrors.Select(d => d.File).Distinct(StringComparer.Ordinal).ToList();
            var exit = invalidEntries.Count > 0 || siteErrors.Count > 0 ? ExitCodes.Invalid : ExitCodes.Success;
            console.WriteLine(BuildSummary.Outcome(settings.Output!, invalidEntries, siteErrors.Count));
            Remember(settings, stamp, siteErrors.Count == 0 ? exit : null, report.Lines);
            return exit;
        });
        return command;
    }

    // Only an offline build can know it would change nothing without asking the repositories; a report is written
    // from the refresh, so a build asked for one does the refresh.
    private static string? StampInputs(BuildSettings settings) =>
        settings.Offline && settings.Report is null ? BuildStampInputs.Hash(settings, DateOnly.FromDateTime(DateTime.UtcNow)) : null;

    // Nothing it is made from changed and the site is as the last build left it: that build's report holds, and the
    // site is not touched (its files keep their times, so rsync and CDNs see no change).
    private static int UpToDate(BuildSettings settings, BuildStamp last, SiteBuildTimings? stages, TextWriter console)
    {
        foreach (var line in last.Report)
        {
            console.WriteLine(line);
        }

        if (stages is not null)
        {
            console.WriteLine(stages.Format());
        }

        // A stamp is kept only for a published site, so a non-zero code is the last build's invalid entries, listed above.
        var invalid = last.ExitCode == ExitCodes.Success ? string.Empty : $", whose invalid entries are listed above (exit {last.ExitCode})";
        console.WriteLine($"Site up to date in {settings.Output}: nothing it is made from changed since the last build{invalid}");
        return last.ExitCode;
    }

    // A stamp is kept only for a published site whose inputs did not change while it was built; any other build
    // leaves none, so the next one does all its work.
    private static void Remember(BuildSettings settings, string? stamp, int? exitCode, IEnumerable<string> report)
    {
        var output = settings.Output!;
        if (stamp is not null && exitCode is { } code && stamp == StampInputs(settings))
        {
            BuildStamp.Save(output, stamp, code, report);
        }
        else if (File.Exists(BuildStamp.PathFor(output)))
        {
            BuildStamp.Delete(output);
        }
    }

    internal static Action<SearchIndexResult> IndexedLine(TextWriter console) =>
        r => console.WriteLine($"Search: indexed {r.Pages} pages in {r.Elapsed.TotalSeconds:0.0} s");

    /// <summary>Parses --github-api-url (see <see cref="BuildOptions.ParseHttpUrl"/>).</summary>
    internal static Uri? ParseHttpUrl(System.CommandLine.Parsing.ArgumentResult result) =>
        BuildOptions.ParseHttpUrl(result, "give the API's base URL, such as https://ghe.example.com/api/v3/");

    // A live progress bar only for a person at a terminal; CI logs and redirected output get plain lines.
    internal static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null
        && AnsiConsole.Profile.Capabilities.Interactive;

    internal static void WriteFindings(IEnumerable<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var d in diagnostics)
        {
            var position = d.Span.IsNone ? string.Empty : $"({d.Span.Line},{d.Span.Column})";
            output.WriteLine($"{d.File}{position}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
        }
    }
}
