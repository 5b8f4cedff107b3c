using System.CommandLine;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Refresh;
using Spectre.Console;

namespace FleetCatalog.Cli;

/// <summary>
/// <c>catalog build</c>: refresh every project in <c>projects/</c> from its repository (git and GitHub,
/// incrementally, through the cache) and validate it. One broken repository never stops the others.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var projects = new Option<DirectoryInfo>("--projects") { Description = "The catalog entries folder.", DefaultValueFactory = _ => new DirectoryInfo("projects") };
        var categories = new Option<FileInfo>("--categories") { Description = "The closed list of categories.", DefaultValueFactory = _ => new FileInfo(CategoryList.DefaultFile) };
        var cache = new Option<DirectoryInfo>("--cache") { Description = "The build cache.", DefaultValueFactory = _ => new DirectoryInfo(".catalog/cache") };
        var report = new Option<FileInfo?>("--report") { Description = "Write a JSON report: per project its commit, status and findings, and the totals." };
        var apiUrl = new Option<Uri?>("--github-api-url")
        {
            Description = "GitHub's API, or a GitHub Enterprise or compatible server (default https://api.github.com/).",
            CustomParser = ParseHttpUrl,
        };
        var offline = new Option<bool>("--offline") { Description = "Use only the cache: no git, no GitHub, no downloads." };
        var parallelism = new Option<int>("--parallelism") { Description = "Projects refreshed at once.", DefaultValueFactory = _ => 4 };
        var command = new Command("build", "Refresh every catalog project from its repository and validate it.")
        {
            projects, categories, cache, report, apiUrl, offline, parallelism,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var categoryList = CategoryList.Load(result.GetValue(categories)!.FullName, CategoryList.DefaultFile);
            if (categoryList.Categories is null)
            {
                WriteFindings(categoryList.Diagnostics, error);
                return ExitCodes.Unreadable;
            }

            var entries = CatalogEntryLoader.LoadAll(result.GetValue(projects)!.FullName, categoryList.Categories);
            var options = new RefreshOptions(
                result.GetValue(cache)!.FullName,
                result.GetValue(offline),
                result.GetValue(apiUrl),
                Environment.GetEnvironmentVariable("GITHUB_TOKEN") is { Length: > 0 } token ? token : null,
                Math.Max(1, result.GetValue(parallelism)));
            using var refresh = new RefreshProjects(options, DeviceRegistry.Default);
            var refreshed = IsInteractive(output)
                ? await SpectreRefreshProgress.RunAsync(AnsiConsole.Console, progress => refresh.RunAsync(entries, progress, cancellationToken))
                : await refresh.RunAsync(entries, new PlainRefreshProgress(output), cancellationToken);

            if (result.GetValue(report) is { } reportFile)
            {
                BuildReportWriter.Write(refreshed, reportFile.FullName);
            }

            BuildSummary.Write(refreshed, output);
            WriteFindings([.. entries.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)], output);
            return entries.HasErrors ? ExitCodes.Invalid : ExitCodes.Success;
        });
        return command;
    }

    private static Uri? ParseHttpUrl(System.CommandLine.Parsing.ArgumentResult result)
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
    private static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null
        && AnsiConsole.Profile.Capabilities.Interactive;

    private static void WriteFindings(IEnumerable<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var d in diagnostics)
        {
            var position = d.Span.IsNone ? string.Empty : $"({d.Span.Line},{d.Span.Column})";
            output.WriteLine($"{d.File}{position}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
        }
    }
}
