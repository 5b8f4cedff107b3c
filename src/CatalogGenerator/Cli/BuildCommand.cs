using System.CommandLine;
using FleetCatalog.Diagnostics;
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
        command.SetAction(async (result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration.Output;
            var settings = options.Read(result);
            var (session, problems) = BuildSession.Open(settings);
            if (session is null)
            {
                WriteFindings(problems, result.InvocationConfiguration.Error);
                return ExitCodes.Unreadable;
            }

            var stages = result.GetValue(timings) ? new SiteBuildTimings() : null;
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

            BuildSummary.Write(refreshed, console);
            WriteFindings([.. entries.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)], console);

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
            WriteFindings(siteFindings.Where(d => d.Severity != DiagnosticSeverity.Info), console);
            console.WriteLine(siteErrors.Count == 0
                ? $"Site written to {settings.Output}"
                : $"Site not written: {siteErrors.Count} errors (the previous site, if any, is untouched)");
            return entries.HasErrors || siteErrors.Count > 0 ? ExitCodes.Invalid : ExitCodes.Success;
        });
        return command;
    }

    internal static Action<SearchIndexResult> IndexedLine(TextWriter console) =>
        r => console.WriteLine($"Search: indexed {r.Pages} pages in {r.Elapsed.TotalSeconds:0.0} s");

    internal static Uri? ParseHttpUrl(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
        {
            return url;
        }

        result.AddError($"'{text}' is not an http(s) URL; give the API's base URL, such as https://ghe.example.com/api/v3/");
        return null;
    }

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
