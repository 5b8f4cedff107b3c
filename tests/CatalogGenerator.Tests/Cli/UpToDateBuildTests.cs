using FleetCatalog.Cli;
using FleetCatalog.Output;
using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

/// <summary>
/// An offline build whose inputs and site are as the last one left them stops at once (the build stamp), and any
/// change to what a build reads, or to the site itself, makes the next one do all its work.
/// </summary>
public sealed class UpToDateBuildTests : IDisposable
{
    private const string UpToDate = "Site up to date in";

    private readonly TestCatalog catalog = new();
    private readonly LocalGitRepository repository = LocalGitRepository.Create();

    public UpToDateBuildTests()
    {
        repository.Write("balena.yml", CliCatalog.Manifest).Write("README.md", "# Hello\n\nSee [setup](#nowhere).\n").Commit();
        catalog.Add("hello", repository);
        FixtureSite.Write(Root, "hello");
    }

    private string Root => Path.GetFullPath(Path.Combine(catalog.Cache, "..", "root"));

    private string Output => Path.GetFullPath(Path.Combine(catalog.Cache, "..", "_site"));

    public void Dispose()
    {
        repository.Dispose();
        catalog.Dispose();
    }

    [Fact]
    public async Task A_second_offline_build_with_nothing_changed_repeats_the_report_and_touches_no_file()
    {
        await RunAsync(offline: false);
        var (firstExit, first) = await RunAsync();
        Assert.DoesNotContain(UpToDate, first, StringComparison.Ordinal);
        var times = FileTimes();

        var (exit, output) = await RunAsync();

        Assert.Equal(firstExit, exit);
        Assert.Contains(UpToDate, output, StringComparison.Ordinal);
        Assert.DoesNotContain("Refreshing", output, StringComparison.Ordinal);
        // The summary and the findings (the guide's missing anchor) are those of the build that did the work.
        Assert.Contains("1 projects: 0 fetched, 1 unchanged, 0 stale, 0 failed", output, StringComparison.Ordinal);
        Assert.Contains("CAT804", first, StringComparison.Ordinal);
        Assert.Equal(Findings(first), Findings(output));
        Assert.Equal(times, FileTimes());
    }

    [Fact]
    public async Task An_up_to_date_build_whose_last_build_found_an_invalid_entry_says_so_with_its_exit_code()
    {
        await RunAsync(offline: false);
        File.WriteAllText(Path.Combine(catalog.Projects, "broken.yml"), "repository: https://github.com/example/broken\ncategory: musik\n");
        var (firstExit, first) = await RunAsync();
        Assert.Equal(1, firstExit);
        Assert.Contains("1 catalog entry is invalid (projects/broken.yml), so it has no project page; the rest of the catalog was published to " + Output + " (exit 1)", first, StringComparison.Ordinal);

        var (exit, output) = await RunAsync();

        Assert.Equal(1, exit);
        Assert.Contains("projects/broken.yml(2,11): error CAT602:", output, StringComparison.Ordinal);
        Assert.EndsWith($"{UpToDate} {Output}: nothing it is made from changed since the last build, whose invalid entries are listed above (exit 1)\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    public static TheoryData<string> Changes => ["entry", "site content", "theme", "site file edited", "site file removed", "site file added", "cached snapshot", "options"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Any_change_to_an_input_or_to_the_site_makes_the_next_build_do_its_work(string change)
    {
        await RunAsync(offline: false);
        await RunAsync();
        var page = Path.Combine(Output, "projects", "hello", "index.html");
        var original = File.ReadAllText(page);
        var extra = new List<string>();
        switch (change)
        {
            case "entry":
                File.AppendAllText(Path.Combine(catalog.Projects, "hello.yml"), "tags: [audio]\n");
                break;
            case "site content":
                File.AppendAllText(Path.Combine(Root, "site", "site.yml"), "\n# edited\n");
                break;
            case "theme":
                File.AppendAllText(Directory.GetFiles(Path.Combine(Root, "themes", "default", "assets"), "*.css")[0], "\n/* edited */\n");
                break;
            case "site file edited":
                File.WriteAllText(page, "edited by hand");
                break;
            case "site file removed":
                File.Delete(page);
                break;
            case "site file added":
                File.WriteAllText(Path.Combine(Output, "stray.html"), "<p>stray</p>");
                break;
            case "cached snapshot":
                var pointer = Directory.GetFiles(Path.Combine(catalog.Cache, "v1", "projects"), "current.json", SearchOption.AllDirectories)[0];
                File.SetLastWriteTimeUtc(pointer, File.GetLastWriteTimeUtc(pointer).AddSeconds(-5));
                break;
            case "options":
                extra.AddRange(["--base-url", "https://catalog.example.org/"]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }

        var (exit, output) = await RunAsync(extra: [.. extra]);

        Assert.True(exit is 0 or 1, output);
        Assert.DoesNotContain(UpToDate, output, StringComparison.Ordinal);
        Assert.Contains("Site written to", output, StringComparison.Ordinal);
        Assert.True(File.Exists(page));
        Assert.NotEqual("edited by hand", File.ReadAllText(page));
        Assert.False(File.Exists(Path.Combine(Output, "stray.html")));
        if (change != "options")
        {
            Assert.Equal(original.Length > 0, File.ReadAllText(page).Length > 0);
        }

        // And after that build, nothing changed again.
        Assert.Contains(UpToDate, (await RunAsync(extra: [.. extra])).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_category_list_broken_after_an_up_to_date_build_is_reported_not_skipped()
    {
        // The check runs before the category list is read: it must see that the list changed.
        await RunAsync(offline: false);
        await RunAsync();
        Assert.Contains(UpToDate, (await RunAsync()).Output, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Root, "site", "categories.yml"), "categories: [unclosed\n");

        var (exit, output) = await RunAsync();

        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.DoesNotContain(UpToDate, output, StringComparison.Ordinal);
        Assert.Contains("categories.yml", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_that_does_not_publish_leaves_no_stamp_and_the_next_one_does_its_work()
    {
        await RunAsync(offline: false);
        await RunAsync();
        Assert.True(File.Exists(BuildStamp.PathFor(Output)));
        var layout = Path.Combine(Root, "themes", "default", "layouts", "project.liquid");
        var text = File.ReadAllText(layout);
        File.WriteAllText(layout, text + "{% if %}");

        var (broken, brokenOutput) = await RunAsync();
        Assert.Equal(1, broken);
        Assert.Contains(" in the site, so nothing was published (the previous site, if any, is left in place; exit 1)", brokenOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Site written", brokenOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(BuildStamp.PathFor(Output)));

        File.WriteAllText(layout, text);
        var (_, output) = await RunAsync();
        Assert.DoesNotContain(UpToDate, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Online_builds_and_builds_asked_for_a_report_always_do_their_work()
    {
        await RunAsync(offline: false);
        await RunAsync();
        var report = Path.Combine(catalog.Cache, "..", "report.json");

        var (_, withReport) = await RunAsync(extra: ["--report", report]);
        var (_, online) = await RunAsync(offline: false);

        Assert.DoesNotContain(UpToDate, withReport, StringComparison.Ordinal);
        Assert.True(File.Exists(report));
        Assert.DoesNotContain(UpToDate, online, StringComparison.Ordinal);
        Assert.Contains("Refreshing 1 projects", online, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_into_an_empty_folder_takes_its_guides_from_the_cache_and_writes_the_same_site()
    {
        await RunAsync(offline: false);
        Directory.Delete(Path.Combine(catalog.Cache, "v1", "guides"), recursive: true);
        Reset();
        var (_, rendered) = await RunAsync();
        var site = Snapshot();
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(catalog.Cache, "v1", "guides"), "*.json", SearchOption.AllDirectories));

        // A CI job restores the cache, not the last site: the guides come from the cache, and the site is the same.
        Reset();
        var (_, kept) = await RunAsync();
        Assert.Equal(site, Snapshot());
        Assert.Equal(Findings(rendered), Findings(kept));
        Assert.Contains("CAT804", kept, StringComparison.Ordinal);

        // Proof that the page was made from the cached guide, not rendered again.
        foreach (var entry in Directory.GetFiles(Path.Combine(catalog.Cache, "v1", "guides"), "*.json", SearchOption.AllDirectories))
        {
            File.WriteAllText(entry, File.ReadAllText(entry).Replace("See ", "Kept ", StringComparison.Ordinal));
        }

        Reset();
        await RunAsync();
        Assert.Contains("Kept setup", File.ReadAllText(Path.Combine(Output, "projects", "hello", "index.html")), StringComparison.Ordinal);
    }

    private void Reset()
    {
        Directory.Delete(Output, recursive: true);
        File.Delete(SiteManifest.PathFor(Output));
        File.Delete(BuildStamp.PathFor(Output));
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static List<string> Findings(string output) =>
        [.. output.Split('\n').Where(l => l.Contains(": warning CAT", StringComparison.Ordinal) || l.Contains(": error CAT", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private Dictionary<string, DateTime> FileTimes() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Append(SiteManifest.PathFor(Output))
            .ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private async Task<(int ExitCode, string Output)> RunAsync(bool offline = true, params string[] extra)
    {
        var (exit, output, error) = await CliRunner.RunAsync([
            "build", "--projects", catalog.Projects, "--categories", Path.Combine(Root, "site", "categories.yml"),
            "--cache", catalog.Cache, "--github-api-url", catalog.GitHub.Url, "--site", Path.Combine(Root, "site"),
            "--output", Output, "--no-search", .. offline ? new[] { "--offline" } : [], .. extra]);
        return (exit, output + error);
    }
}
