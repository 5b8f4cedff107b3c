using System.CommandLine;
using System.CommandLine.Parsing;
using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Cli;

/// <summary>
/// The options <c>build</c> and <c>serve</c> share, defined once so the two commands cannot drift apart.
/// Each command gets its own instance (System.CommandLine options belong to one command).
/// </summary>
internal sealed class BuildOptions
{
    /// <param name="defaultOutput">The output folder when --output is not given; null means "decided later" (serve puts it beside the cache).</param>
    public BuildOptions(string? defaultOutput)
    {
        Output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where the site is written." };
        if (defaultOutput is not null)
        {
            Output.DefaultValueFactory = _ => new DirectoryInfo(defaultOutput);
        }
    }

    public Option<DirectoryInfo> Projects { get; } = new("--projects") { Description = "The catalog entries folder.", DefaultValueFactory = _ => new DirectoryInfo("projects") };

    public Option<FileInfo> Categories { get; } = new("--categories") { Description = "The closed list of categories.", DefaultValueFactory = _ => new FileInfo(CategoryList.DefaultFile) };

    public Option<DirectoryInfo> Cache { get; } = new("--cache") { Description = "The build cache.", DefaultValueFactory = _ => new DirectoryInfo(".catalog/cache") };

    public Option<FileInfo?> Report { get; } = new("--report") { Description = "Write a JSON report: per project its commit, status and findings, and the totals." };

    public Option<Uri?> ApiUrl { get; } = new("--github-api-url")
    {
        Description = "GitHub's API, or a GitHub Enterprise or compatible server (default https://api.github.com/).",
        CustomParser = BuildCommand.ParseHttpUrl,
    };

    public Option<bool> Offline { get; } = new("--offline") { Description = "Use only the cache: no git, no GitHub, no downloads." };

    public Option<int> Parallelism { get; } = new("--parallelism")
    {
        Description = "Projects refreshed at once.",
        DefaultValueFactory = _ => 4,
        Validators =
        {
            r =>
            {
                if (r.GetValueOrDefault<int>() < 1)
                {
                    r.AddError($"--parallelism must be 1 or more (the number of projects refreshed at once), not {r.GetValueOrDefault<int>()}.");
                }
            },
        },
    };

    public Option<DirectoryInfo?> Output { get; }

    public Option<DirectoryInfo> Site { get; } = new("--site") { Description = "The hand-written content (site.yml, learn pages, layouts).", DefaultValueFactory = _ => new DirectoryInfo("site") };

    public Option<Uri?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The address the site is published at (default: base-url in site.yml).",
        CustomParser = r => ParseHttpUrl(r, "give the address the site is published at, such as https://catalog.example.com/"),
    };

    public Option<bool> NoSearch { get; } = new("--no-search") { Description = "Build without the search index and search page (no Node.js needed)." };

    /// <summary>An http(s) URL option's value; otherwise a parse error that names the value and ends with <paramref name="hint"/>.</summary>
    internal static Uri? ParseHttpUrl(ArgumentResult result, string hint)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
        {
            return url;
        }

        result.AddError($"'{text}' is not an http(s) URL; {hint}");
        return null;
    }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in (Option[])[Projects, Categories, Cache, Report, ApiUrl, Offline, Parallelism, Output, Site, BaseUrl, NoSearch])
        {
            command.Options.Add(option);
        }
    }

    public BuildSettings Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new BuildSettings(
            result.GetValue(Projects)!.FullName,
            result.GetValue(Categories)!.FullName,
            result.GetValue(Cache)!.FullName,
            result.GetValue(Report)?.FullName,
            result.GetValue(ApiUrl),
            result.GetValue(Offline),
            result.GetValue(Parallelism),
            result.GetValue(Output)?.FullName,
            result.GetValue(Site)!.FullName,
            result.GetValue(BaseUrl),
            result.GetValue(NoSearch));
    }
}
