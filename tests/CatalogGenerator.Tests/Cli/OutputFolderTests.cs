using FleetCatalog.Output;
using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

/// <summary>
/// Publishing replaces the output folder whole: <c>build</c> and <c>serve</c> refuse, before touching anything, an
/// output that is not theirs to replace; one build at a time per output; what a killed build left is put right.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TestCatalog catalog = new();
    private readonly string root;

    public OutputFolderTests()
    {
        Directory.CreateDirectory(catalog.Projects);
        Directory.CreateDirectory(catalog.Cache);
        File.WriteAllText(Path.Combine(catalog.Projects, "notes.txt"), "the entries folder");
        root = Path.GetFullPath(Path.Combine(catalog.Cache, "..", "root"));
        FixtureSite.Write(root, "hello");
    }

    private string Folder => Path.GetDirectoryName(root)!;

    [Fact]
    public async Task The_current_folder_is_refused_and_every_file_stays()
    {
        var current = Environment.CurrentDirectory;
        var before = Directory.GetFileSystemEntries(current).Order(StringComparer.Ordinal).ToList();

        var (exit, _, error) = await BuildAsync(".");

        AssertRefused(exit, error, $"'{current}' is the current folder");
        Assert.All(before, f => Assert.True(Path.Exists(f), f));
        Assert.True(File.Exists(Path.Combine(current, "catalog.dll")));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(current)!, Path.GetFileName(current) + ".tmp-*"));
    }

    [Fact]
    public async Task The_catalog_checkout_is_refused_and_every_file_stays()
    {
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        File.WriteAllText(Path.Combine(root, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(root, "notes.md"), "untracked notes");
        var before = Snapshot(root);

        var (exit, _, error) = await BuildAsync(root);

        AssertRefused(exit, error, "the catalog's git checkout");
        Assert.Equal(before, Snapshot(root));
        Assert.Equal(["cache", "projects", "root"], Directory.GetFileSystemEntries(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_entries_folder_is_refused_and_every_file_stays()
    {
        var before = Snapshot(catalog.Projects);

        var (exit, _, error) = await BuildAsync(catalog.Projects);

        AssertRefused(exit, error, "the catalog entries (--projects)");
        Assert.Equal(before, Snapshot(catalog.Projects));
    }

    [Theory]
    [InlineData("site", "the site's content (--site)")]
    [InlineData("themes", "the themes")]
    [InlineData("themes/default/assets", "is inside the themes")]
    [InlineData("", "holds the site's content (--site)")]
    public async Task A_folder_the_build_reads_or_one_around_it_is_refused(string relative, string why)
    {
        var output = Path.Combine(root, relative);
        var before = Snapshot(root);

        var (exit, _, error) = await BuildAsync(output);

        AssertRefused(exit, error, why);
        Assert.Equal(before, Snapshot(root));
    }

    [Fact]
    public async Task The_cache_is_refused()
    {
        Directory.CreateDirectory(catalog.Cache);
        File.WriteAllText(Path.Combine(catalog.Cache, "keep.json"), "{}");

        var (exit, _, error) = await BuildAsync(Path.Combine(catalog.Cache, "site"));

        AssertRefused(exit, error, "is inside the cache (--cache)");
        Assert.True(File.Exists(Path.Combine(catalog.Cache, "keep.json")));
    }

    [Fact]
    public async Task A_folder_of_someone_elses_files_is_refused_and_every_file_stays()
    {
        var output = Path.Combine(Folder, "photos");
        Directory.CreateDirectory(Path.Combine(output, "2024"));
        File.WriteAllText(Path.Combine(output, "2024", "beach.jpg"), "jpeg");
        File.WriteAllText(Path.Combine(output, "index.html"), "my own page");
        var before = Snapshot(output);

        var (exit, _, error) = await BuildAsync(output);

        AssertRefused(exit, error, $"already holds files that catalog did not write (it has no {SiteMarker.FileName})");
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["cache", "photos", "projects", "root"], Directory.GetFileSystemEntries(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_site_built_by_an_earlier_version_is_still_accepted_by_its_manifest()
    {
        var output = Path.Combine(Folder, "_site");
        using (var site = SiteOutput.Begin(output, incremental: true))
        {
            site.WriteText("index.html", "old site");
            site.Commit();
        }

        File.Delete(Path.Combine(output, SiteMarker.FileName)); // as an earlier version left it

        // Stopped after the output checks by the missing category list: the output was accepted.
        var (exit, _, error) = await BuildAsync(output, "--categories", Path.Combine(Folder, "missing.yml"));

        Assert.Equal(2, exit);
        Assert.Contains("missing.yml", error, StringComparison.Ordinal);
        Assert.DoesNotContain("--output", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "--output '/' is the root of the file system")]
    [InlineData("{folder}/file.txt", "--output '{folder}/file.txt' is a file")]
    public async Task An_output_that_cannot_be_a_site_folder_is_one_line(string output, string message)
    {
        File.WriteAllText(Path.Combine(Folder, "file.txt"), "a file");

        var (exit, _, error) = await BuildAsync(output.Replace("{folder}", Folder, StringComparison.Ordinal));

        AssertRefused(exit, error, message.Replace("{folder}", Folder, StringComparison.Ordinal));
        Assert.Equal("a file", File.ReadAllText(Path.Combine(Folder, "file.txt")));
    }

    [Theory]
    [InlineData("--cache", "{folder}/file.txt", "--cache '{folder}/file.txt' is a file")]
    [InlineData("--report", "{folder}", "--report '{folder}' is a folder")]
    [InlineData("--projects", "{folder}/nothing", "--projects '{folder}/nothing' does not exist")]
    public async Task A_wrong_kind_of_path_is_one_line_and_exit_2(string option, string path, string message)
    {
        File.WriteAllText(Path.Combine(Folder, "file.txt"), "a file");

        var (exit, _, error) = await BuildAsync(Path.Combine(Folder, "_site"), option, path.Replace("{folder}", Folder, StringComparison.Ordinal));

        AssertRefused(exit, error, message.Replace("{folder}", Folder, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_build_on_the_same_output_is_refused_while_the_first_runs()
    {
        var output = Path.Combine(Folder, "_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, SiteMarker.FileName), SiteMarker.Text);
        File.WriteAllText(Path.Combine(output, "index.html"), "live site");
        using var first = OutputLock.TryAcquire(output, "build", out _);
        Assert.NotNull(first);

        var (exit, _, error) = await BuildAsync(output);

        AssertRefused(exit, error, $"'{output}' is being built by another run (catalog build, process {Environment.ProcessId}, started ");
        Assert.Equal("live site", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["_site", "cache", "projects", "root"], Directory.GetFileSystemEntries(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_build_killed_between_the_two_renames_is_recovered_by_the_next_start()
    {
        // What a build killed after renaming the live site away and before renaming the new one in leaves.
        var output = Path.Combine(Folder, "_site");
        var old = output + ".old-0123456789abcdef0123456789abcdef";
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, SiteMarker.FileName), SiteMarker.Text);
        File.WriteAllText(Path.Combine(old, "index.html"), "live site");
        Directory.CreateDirectory(output + ".tmp-0123456789abcdef0123456789abcdef");

        // This start then stops (no category list): the site is back all the same.
        var (exit, _, _) = await BuildAsync(output, "--categories", Path.Combine(Folder, "missing.yml"));

        Assert.Equal(2, exit);
        Assert.Equal("live site", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["_site", "cache", "projects", "root"], Directory.GetFileSystemEntries(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Serve_refuses_the_same_outputs()
    {
        var before = Snapshot(catalog.Projects);

        var (exit, _, error) = await CliRunner.RunAsync([
            "serve", "--port", "0", "--projects", catalog.Projects, "--cache", catalog.Cache, "--site", Path.Combine(root, "site"),
            "--output", catalog.Projects, "--offline", "--no-search"]);

        Assert.Equal(2, exit);
        Assert.StartsWith("catalog serve: --output ", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(catalog.Projects));
    }

    public void Dispose() => catalog.Dispose();

    private static void AssertRefused(int exit, string error, string message)
    {
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }

    private static List<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Select(f => $"{Path.GetRelativePath(folder, f)}\t{(File.Exists(f) ? new FileInfo(f).Length : -1)}")
            .Order(StringComparer.Ordinal)];

    // The catalog's options, with those in extra given instead.
    private Task<(int ExitCode, string Output, string Error)> BuildAsync(string output, params string[] extra)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--projects"] = catalog.Projects,
            ["--categories"] = Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml"),
            ["--cache"] = catalog.Cache,
            ["--github-api-url"] = catalog.GitHub.Url,
            ["--site"] = Path.Combine(root, "site"),
            ["--output"] = output,
        };
        for (var i = 0; i + 1 < extra.Length; i += 2)
        {
            options[extra[i]] = extra[i + 1];
        }

        return CliRunner.RunAsync(["build", "--offline", "--no-search", .. options.SelectMany(o => new[] { o.Key, o.Value })]);
    }
}
