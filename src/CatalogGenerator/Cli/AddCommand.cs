using System.CommandLine;
using FleetCatalog.Cli.Entries;
using FleetCatalog.Cli.Formats;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Sources.Caching;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.GitHub;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Cli;

/// <summary>
/// <c>catalog add REPO_URL</c>: refuses a repository the catalog already lists (in any spelling, under an old name GitHub
/// redirects, as a fork of a listed one or with a listed fork), fetches and validates it as the build does, writes
/// <c>projects/&lt;slug&gt;.yml</c> for the contributor to finish, and says what to fix and what to do next.
/// </summary>
internal static class AddCommand
{
    // Codes that mean the repository could not be reached at all: nothing is written then.
    private static readonly HashSet<string> Unreachable = new(StringComparer.Ordinal)
    {
        DiagnosticCodes.RepositoryNotFound.Code, DiagnosticCodes.FetchTimedOut.Code, DiagnosticCodes.FetchTooLarge.Code,
        DiagnosticCodes.FetchFailed.Code, DiagnosticCodes.RefNotFound.Code,
    };

    // Forks scanned for one already listed: the most starred first, 100 a page.
    private const int ForkPages = 3;

    public static Command Create()
    {
        var url = new Argument<string>("repository") { Description = "The project's repository, such as https://github.com/OWNER/REPO (any spelling git accepts)." };
        var projects = new Option<DirectoryInfo>("--projects") { Description = "The catalog entries folder.", DefaultValueFactory = _ => new DirectoryInfo("projects") };
        var categories = new Option<FileInfo>("--categories") { Description = "The closed list of categories.", DefaultValueFactory = _ => new FileInfo(CategoryList.DefaultFile) };
        var slug = new Option<string?>("--slug") { Description = "The entry's name and the project's address (default: from the manifest's name, else the repository's)." };
        var category = new Option<string?>("--category") { Description = "The category (default: a suggestion from the topics, description and README)." };
        var cache = CacheOption.Create("The build cache.");
        var apiUrl = new Option<Uri?>("--github-api-url")
        {
            Description = "GitHub's API, or a GitHub Enterprise or compatible server (default https://api.github.com/).",
            CustomParser = BuildCommand.ParseHttpUrl,
        };
        var site = new Option<DirectoryInfo>("--site") { Description = "The site content, for the base URL of the entry schema.", DefaultValueFactory = _ => new DirectoryInfo("site") };
        var command = new Command("add", "Add a project to the catalog: check its repository and write projects/<slug>.yml.")
        {
            url, projects, categories, slug, category, cache, apiUrl, site,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var run = new AddRun(
                result.GetValue(url)!, result.GetValue(projects)!.FullName, result.GetValue(categories)!.FullName, result.GetValue(slug),
                result.GetValue(category), new RefreshOptions(result.GetValue(cache)!.FullName, false, result.GetValue(apiUrl), EntryValidation.Token),
                Path.Combine(result.GetValue(site)!.FullName, SiteConfig.DefaultFile.Split('/')[^1]),
                result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            return await RunAsync(run, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(AddRun run, CancellationToken cancellationToken)
    {
        var repository = RepositoryArgument.Normalize(run.Url);
        if (repository is null)
        {
            return run.Fail(ExitCodes.Unreadable, $"'{run.Url}' is not a repository URL; give the address you would give 'git clone', such as https://github.com/OWNER/REPO");
        }

        var categoryResult = CategoryList.Load(run.CategoriesFile, CategoryList.DefaultFile);
        if (categoryResult.Categories is not { } categories)
        {
            return run.Fail(ExitCodes.Unreadable, categoryResult.Diagnostics[0].Message);
        }

        if (!Directory.Exists(run.ProjectsFolder))
        {
            return run.Fail(ExitCodes.Unreadable, $"the entries folder '{run.ProjectsFolder}' does not exist; run this in the catalog's folder or pass --projects");
        }

        var entries = CatalogEntryLoader.LoadAll(run.ProjectsFolder, categories);
        var listed = new ListedRepositories(entries.Entries);
        if (listed.Find(repository) is { } same)
        {
            return run.Refuse($"{repository} is already in the catalog: {Shown(run, same)} lists it{Spelt(same, repository)}");
        }

        Category? chosen = null;
        if (run.Category is { } wanted && (chosen = categories.Find(wanted)) is null)
        {
            return run.Refuse($"'{wanted}' is not a category; the categories are {string.Join(", ", categories.Slugs)}");
        }

        if (run.Slug is { } given && !Slugs.IsKebabCase(given))
        {
            return run.Refuse($"--slug '{given}' must be lower-case letters, digits and single hyphens, as it becomes the project's address");
        }

        // GitHub first: an old name, a fork or a listed fork is refused before anything is downloaded.
        var (metadata, refusal, canonical) = await AskGitHubAsync(run, repository, listed, cancellationToken);
        if (refusal is not null)
        {
            return run.Refuse(refusal);
        }

        if (canonical is not null && canonical != repository)
        {
            if (!RepositoryUrl.AreSame(canonical, repository))
            {
                run.Output.WriteLine($"GitHub says {repository} is now {canonical}; the entry uses the new address.");
            }

            repository = canonical;
        }

        var name = RepositoryUrl.Parse(repository) is { } parsed ? (parsed.Owner, parsed.Name) : FileUrlName(repository);
        var taken = entries.Entries.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);

        // The fetch is cached under a slug no listed entry has, so it never replaces a listed project's snapshot.
        var provisional = SlugChoice.Choose(null, name.Item2, name.Item1, taken.Contains);
        var (entry, _) = CatalogEntryReader.Read($"repository: {repository}\n", $"{CatalogEntryLoader.Folder}/{provisional}{EntrySlug.Extension}", categories);
        using var refresh = new RefreshProjects(run.Options with { Parallelism = 1 }, DeviceRegistry.Default);
        var refreshed = await refresh.RunAsync(new CatalogEntries([entry!], []), new SilentRefreshProgress(), cancellationToken);
        var snapshot = refreshed.Projects[0];
        var manifest = snapshot.Validation?.Manifest;

        var slug = run.Slug ?? SlugChoice.Choose(manifest?.Name?.Text, name.Item2, name.Item1,
            s => taken.Contains(s) || File.Exists(Path.Combine(run.ProjectsFolder, s + EntrySlug.Extension)));
        var path = Path.Combine(run.ProjectsFolder, slug + EntrySlug.Extension);
        var shown = EntryValidation.DisplayPath(path);
        var report = EntryReport.Create(snapshot.Diagnostics, entry!.File, shown, repository, entry.ManifestPath);

        if (snapshot.Status == SnapshotStatus.Failed && snapshot.Diagnostics.Any(d => Unreachable.Contains(d.Code)))
        {
            // No entry was written, so the findings are told without a position in one.
            foreach (var d in snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                run.Error.WriteLine($"catalog add: error {d.Code}: {d.Message}");
            }

            return run.Fail(ExitCodes.Unreadable, $"{repository} cannot be fetched, so nothing was written; check the address (and that the repository is public)");
        }

        if (File.Exists(path) || taken.Contains(slug))
        {
            return run.Refuse($"{shown} already exists, and catalog add never overwrites an entry; choose another name with --slug");
        }

        var topics = metadata?.Topics ?? [];
        var readme = ReadGuide(snapshot, entry.GuidePath);
        var suggestion = chosen is null
            ? CategorySuggestion.Suggest(categories, topics, manifest?.Name?.Text, [manifest?.Description?.Text, metadata?.Description], readme)
            : null;
        var category = chosen ?? suggestion?.Category;
        var note = (chosen, suggestion) switch
        {
            ({ }, _) => "Category, as given.",
            (_, { } s) => $"Category: a suggestion (it matched {string.Join(", ", s.Words.Take(4).Select(w => $"'{w}'"))}); check it.",
            _ => "Category: nothing matched, so pick one.",
        };
        var text = NewEntryText.Create(BaseUrl(run.SiteFile), repository, categories, category, note, NewEntryText.TagsFrom(topics));
        AtomicFile.WriteAllText(path, text);

        WriteSummary(run.Output, repository, snapshot, manifest, report, category, suggestion is not null, shown);
        return report.Errors > 0 ? ExitCodes.Invalid : ExitCodes.Success;
    }

    private static async Task<(RepositoryMetadata? Metadata, string? Refusal, string? Canonical)> AskGitHubAsync(
        AddRun run, string repository, ListedRepositories listed, CancellationToken cancellationToken)
    {
        if (!GitHubRepositoryName.TryGet(repository, run.Options.GitHubApiUrl, out var owner, out var name))
        {
            return (null, null, null);
        }

        using var github = new GitHubMetadataClient(new GitHubMetadataOptions(new SnapshotCache(run.Options.CacheDirectory).GitHub)
        {
            ApiUrl = run.Options.GitHubApiUrl ?? new Uri("https://api.github.com/"),
            Token = run.Options.GitHubToken,
            MaxRateLimitWait = run.Options.MaxRateLimitWait,
        });
        var answer = await github.GetAsync(owner, name, cancellationToken);
        if (!answer.Succeeded)
        {
            // Not found: the fetch below tells whether the repository can be reached at all. Otherwise say what was not checked.
            if (answer.Failure.Kind != GitHubFailureKind.NotFound)
            {
                run.Output.WriteLine($"GitHub could not be asked ({answer.Failure.Message}), so old addresses and forks were not checked.");
            }

            return (null, null, null);
        }

        var metadata = answer.Metadata;
        var moved = RepositoryUrl.Parse(metadata.HtmlUrl) is { } now && !string.Equals(now.Path, $"{owner}/{name}", StringComparison.OrdinalIgnoreCase);
        if (moved && listed.Find(metadata.HtmlUrl) is { } renamed)
        {
            return (metadata, $"{repository} is an old address: GitHub redirects it to {metadata.HtmlUrl}, which {Shown(run, renamed)} already lists{Spelt(renamed, metadata.HtmlUrl)}", null);
        }

        foreach (var original in new[] { metadata.ForkOf, metadata.ForkSource }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (listed.Find(original) is { } parent)
            {
                return (metadata, $"{repository} is a fork of {original}, which {Shown(run, parent)} already lists; the catalog lists a project once, " +
                    $"so improve the listed one, or, if this fork is now the maintained one, change the repository in {Shown(run, parent)}", null);
            }
        }

        if (metadata.Forks > 0 && await github.ForksAsync(owner, name, ForkPages, cancellationToken) is { } forks)
        {
            foreach (var fork in forks)
            {
                if (listed.Find(fork) is { } listedFork)
                {
                    return (metadata, $"{Shown(run, listedFork)} already lists {fork}, a fork of {repository}; the catalog lists a project once, " +
                        $"so change the repository in {Shown(run, listedFork)} if the original is the one to list", null);
                }
            }
        }

        // GitHub's own spelling (owner and name as their owner writes them), or the new address after a rename.
        var canonical = RepositoryUrl.Parse(repository) is { } url && url.IsGitHub ? RepositoryUrl.Parse(metadata.HtmlUrl)?.WebUrl : null;
        return (metadata, null, canonical);
    }

    private static void WriteSummary(
        TextWriter output, string repository, ProjectSnapshot snapshot, Manifests.ProjectManifest? manifest, ValidationReport report,
        Category? category, bool suggested, string shown)
    {
        var commit = snapshot.Commit is { } c ? $" at commit {c[..Math.Min(7, c.Length)]}" : string.Empty;
        output.WriteLine($"Found {manifest?.Name?.Text ?? "a project without a name"} ({manifest?.Type?.Text ?? "no type"}) in {repository}{commit}");
        var boards = manifest?.SupportedDeviceTypes.Select(b => b.Text).OfType<string>().ToList() ?? [];
        output.WriteLine($"  boards: {(boards.Count == 0 ? "none listed" : string.Join(", ", boards))}; default: {manifest?.DefaultDeviceType?.Text ?? "not set"}");
        var verdict = Rendering.Pages.ProjectFacts.From(snapshot, DeviceRegistry.Default).Verdict;
        output.WriteLine(verdict.WorksByDefault ? "  works by default: yes" : $"  works by default: no, {string.Join("; ", verdict.Reasons)}");
        output.WriteLine($"  category: {category?.Slug ?? "none"}{(suggested ? " (a suggestion; check it)" : string.Empty)}");
        if (report.Diagnostics.Any())
        {
            output.WriteLine();
            output.WriteLine("Findings to fix:");
            new TextReportFormat().Write(report, output);
        }

        output.WriteLine();
        output.WriteLine($"Wrote {shown}");
        output.WriteLine("Next steps:");
        output.WriteLine($"  1. Check the category and fill in the commented fields (difficulty, duration, hardware, tags) in {shown}.");
        output.WriteLine($"  2. catalog validate {shown}   (checks it as the build and the pull request will)");
        output.WriteLine("  3. catalog serve   (previews the site on localhost)");
        output.WriteLine($"  4. Open a pull request that adds {shown}.");
    }

    private static string? ReadGuide(ProjectSnapshot snapshot, string guidePath)
    {
        if (snapshot.FilesDirectory is not { } files || !File.Exists(Path.Combine(files, guidePath)))
        {
            return null;
        }

        using var reader = new StreamReader(Path.Combine(files, guidePath));
        var buffer = new char[256 * 1024];
        return new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
    }

    private static string BaseUrl(string siteFile)
    {
        var config = File.Exists(siteFile) ? SiteConfig.Load(siteFile, [], []).Config : null;
        return config?.BaseUrl ?? ContentUrls.BaseUrlExample;
    }

    private static (string Owner, string Name) FileUrlName(string repository)
    {
        var name = EntryReport.RepositoryName(repository).Split('/');
        return name.Length >= 2 ? (name[^2], name[^1]) : (string.Empty, name[^1]);
    }

    private static string Shown(AddRun run, CatalogEntry entry) =>
        EntryValidation.DisplayPath(Path.Combine(run.ProjectsFolder, Path.GetFileName(entry.File)));

    private static string Spelt(CatalogEntry entry, string repository) =>
        entry.Repository == repository ? string.Empty : $" (as '{entry.Repository}')";
}
