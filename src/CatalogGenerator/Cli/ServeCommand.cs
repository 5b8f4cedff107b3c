using System.CommandLine;
using System.Diagnostics;
using FleetCatalog.Diagnostics;
using FleetCatalog.Serving;
using FleetCatalog.Sources.Refresh;
using Microsoft.AspNetCore.Connections;
using Spectre.Console;

namespace FleetCatalog.Cli;

/// <summary>
/// <c>catalog serve</c>: builds the site as <c>build</c> does into a preview folder (never <c>_site/</c>), serves it on
/// 127.0.0.1 (a page saying it is being built until the first build is live), watches <c>projects/</c>, <c>site/</c>
/// and <c>themes/</c>, rebuilds what a change touches and reloads the open pages. Runs until cancelled (Ctrl+C).
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 4000;

    public static Command Create()
    {
        var options = new BuildOptions(defaultOutput: null);
        var port = new Option<int>("--port", "-p")
        {
            Description = $"The port on 127.0.0.1 (default {DefaultPort}; 0 picks a free one).",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535 (0 picks a free port).");
            }
        });
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser (at once: it shows the site once it is built)." };
        var command = new Command("serve", "Build the site, serve it on localhost, and rebuild and reload the page when a file changes.") { port, open };
        options.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var settings = options.Read(result);
            // The preview goes beside the cache (.catalog/serve), so it never replaces a built _site/.
            var output = settings.Output ?? Path.Combine(Path.GetDirectoryName(settings.Cache)!, "serve");
            using var guard = OutputGuard.Claim(settings, output, "serve", error);
            if (!guard.Granted)
            {
                return ExitCodes.Unreadable;
            }

            var (session, problems) = BuildSession.Open(settings);
            if (session is null)
            {
                BuildCommand.WriteFindings(problems, error);
                return ExitCodes.Unreadable;
            }

            // Until the first build is live, every page is one saying it is being built (and turns into the site).
            var hub = new LiveReloadHub(building: true);
            Directory.CreateDirectory(output);
            StaticSiteServer server;
            try
            {
                server = await StaticSiteServer.StartAsync(output, result.GetValue(port), middleware: new LiveReloadMiddleware(hub).Wrap, cancellationToken: cancellationToken);
            }
            catch (IOException e) when (e.InnerException is AddressInUseException)
            {
                error.WriteLine($"Port {result.GetValue(port)} on 127.0.0.1 is already in use (another catalog serve?). Stop what uses it, or pick another port with --port N (--port 0 picks a free one).");
                return ExitCodes.Unreadable;
            }

            await using (server)
            {
                try
                {
                    return await RunAsync(session, output, settings.BaseUrl?.AbsoluteUri ?? server.Url.AbsoluteUri, server, hub, result.GetValue(open), console, cancellationToken);
                }
                finally
                {
                    hub.Close();
                }
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(
        BuildSession session, string output, string baseUrl, StaticSiteServer server, LiveReloadHub hub, bool open, TextWriter console, CancellationToken cancellationToken)
    {
        var settings = session.Settings;
        console.WriteLine($"Building the site; until it is done, {server.Url} shows a page saying so");
        if (open)
        {
            OpenBrowser(server.Url, console);
        }

        // Watching starts before the first build, so an edit made during it is not missed.
        using var watcher = new SourceWatcher([settings.Projects, settings.Site, Path.Combine(settings.Root, "themes"), Path.GetDirectoryName(settings.Categories)!]);
        var entries = session.ReadEntries();
        List<Diagnostic> entryErrors = [.. entries.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
        try
        {
            var refreshed = await session.RefreshAllAsync(entries, refresh => BuildCommand.IsInteractive(console)
                ? SpectreRefreshProgress.RunAsync(AnsiConsole.Console, progress => refresh.RunAsync(entries, progress, cancellationToken))
                : refresh.RunAsync(entries, new PlainRefreshProgress(console), cancellationToken));
            if (settings.Report is { } report)
            {
                BuildReportWriter.Write(refreshed, report);
            }

            BuildSummary.WriteRefresh(refreshed, entryErrors, console);
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }

        BuildCommand.WriteFindings(entryErrors, console);
        var (search, searchProblem) = session.PrepareSearch(BuildCommand.IndexedLine(console));
        if (searchProblem is not null)
        {
            BuildCommand.WriteFindings([searchProblem], console);
        }

        var clock = Stopwatch.StartNew();
        var findings = session.Render(output, baseUrl, search);
        BuildCommand.WriteFindings(findings.Where(d => d.Severity != DiagnosticSeverity.Info), console);
        BuildSummary.WriteClosing(session.Refreshed!, console);
        var errors = findings.Count(d => d.Severity == DiagnosticSeverity.Error);
        console.WriteLine(errors == 0
            ? $"Site built in {clock.Elapsed.TotalSeconds:0.00} s into {output}"
            : $"Site not built: {errors} errors; fix them and save, serve rebuilds on every change");
        if (errors > 0)
        {
            hub.Failed(errors);
        }
        else
        {
            hub.Reload();
        }

        console.WriteLine($"Serving at {server.Url} (watching {string.Join(", ", watcher.Folders.Select(f => Path.GetRelativePath(settings.Root, f).Replace('\\', '/') + "/"))}; Ctrl+C stops)");

        await new SiteRebuilder(session, output, baseUrl, search, hub, console).WatchAsync(watcher, cancellationToken);
        console.WriteLine("Stopped.");
        return ExitCodes.Success;
    }

    private static void OpenBrowser(Uri url, TextWriter console)
    {
        try
        {
            using var browser = Process.Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            console.WriteLine($"Could not open a browser ({e.Message}); open {url} yourself.");
        }
    }
}
