using System.CommandLine;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Rendering.Pages;
using FleetCatalog.Rendering.Templates;
using FleetCatalog.Search;
using FleetCatalog.Sources.Caching;
using FleetCatalog.Sources.Entries;
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
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Where the site is written.", DefaultValueFactory = _ => new DirectoryInfo("_site") };
        var site = new Option<DirectoryInfo>("--site") { Description = "The hand-written content (site.yml, learn pages, layouts).", DefaultValueFactory = _ => new DirectoryInfo("site") };
        var baseUrl = new Option<Uri?>("--base-url") { Description = "The address the site is published at (default: base-url in site.yml).", CustomParser = ParseHttpUrl };
        var noSearch = new Option<bool>("--no-search") { Description = "Build without the search index and search page (no Node.js needed)." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took (and what it allocated)." };
        var command = new Command("build", "Refresh every catalog project from its repository and validate it.")
        {
            projects, categories, cache, report, apiUrl, offline, parallelism, output, site, baseUrl, noSearch, timings,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration.Output;
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
            var stages = result.GetValue(timings) ? new SiteBuildTimings() : null;
            var refreshing = SiteBuildTimings.Start(stages, "refresh");
            using var refresh = new RefreshProjects(options, DeviceRegistry.Default);
            var refreshed = IsInteractive(console)
                ? await SpectreRefreshProgress.RunAsync(AnsiConsole.Console, progress => refresh.RunAsync(entries, progress, cancellationToken))
                : await refresh.RunAsync(entries, new PlainRefreshProgress(console), cancellationToken);

            refreshing.Dispose();
            if (result.GetValue(report) is { } reportFile)
            {
                BuildReportWriter.Write(refreshed, reportFile.FullName);
            }

            BuildSummary.Write(refreshed, console);
            WriteFindings([.. entries.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)], console);

            var siteFolder = result.GetValue(site)!.FullName;
            var content = SiteContent.Load(siteFolder, entries.Entries.Select(e => e.Slug));
            var root = Path.GetDirectoryName(siteFolder)!;
            var theme = ThemeRenderer.Load(root);
            var (search, searchProblem) = result.GetValue(noSearch) ? (null, null) : Search(root, options.CacheDirectory, console);
            var siteFindings = new SiteBuilder(theme, new GuideRenderer(), DeviceRegistry.Default).Build(
                refreshed, content, categoryList.Categories, result.GetValue(output)!.FullName, new SnapshotCache(options.CacheDirectory).Logos,
                result.GetValue(baseUrl)?.AbsoluteUri, search, stages);
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
                ? $"Site written to {result.GetValue(output)!.FullName}"
                : $"Site not written: {siteErrors.Count} errors (the previous site, if any, is untouched)");
            return entries.HasErrors || siteErrors.Count > 0 ? ExitCodes.Invalid : ExitCodes.Success;
        });
        return command;
    }

    // Pagefind is prepared (installed on first use) before rendering: when it cannot be, the site is built
    // without a search page, with a warning saying why, rather than not at all.
    private static (SearchIndexer? Indexer, Diagnostic? Problem) Search(string root, string cacheDirectory, TextWriter console)
    {
        var (tool, problem) = PagefindTool.Prepare(SearchToolFolder.Resolve(root, cacheDirectory));
        return tool is null
            ? (null, problem)
            : (new SearchIndexer(tool, r => console.WriteLine($"Search: indexed {r.Pages} pages in {r.Elapsed.TotalSeconds:0.0} s")), null);
    }

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
