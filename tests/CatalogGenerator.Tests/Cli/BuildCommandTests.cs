using System.Text.Json;
using FleetCatalog.Cli;
using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

public sealed class BuildCommandTests
{
    private const string Manifest = """
        name: Hello
        type: sw.application
        description: Says hello.
        data:
          defaultDeviceType: raspberrypi4-64
          supportedDeviceTypes: [raspberrypi4-64]
        """;

    [Fact]
    public async Task Build_refreshes_every_project_writes_the_report_and_prints_plain_progress()
    {
        using var catalog = new TestCatalog();
        using var repository = LocalGitRepository.Create();
        var commit = repository.Write("balena.yml", Manifest).Write("README.md", "# Hello\n").Commit();
        catalog.Add("hello", repository);
        var report = Path.Combine(catalog.Cache, "..", "report.json");

        var (exit, output, error) = await RunAsync(catalog, "--report", report);

        Assert.True(exit == 0, output + error);
        Assert.Empty(error);
        Assert.Contains($"[1/1] fetched    hello  {commit[..7]}", output, StringComparison.Ordinal);
        Assert.Contains("1 projects: 1 fetched, 0 unchanged, 0 stale, 0 failed", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var project = json.RootElement.GetProperty("projects")[0];
        Assert.Equal("hello", project.GetProperty("slug").GetString());
        Assert.Equal(commit, project.GetProperty("commit").GetString());
        Assert.Equal("fetched", project.GetProperty("status").GetString());
        var totals = json.RootElement.GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("gitFetches").GetInt32());
        Assert.True(totals.GetProperty("githubRequests").GetInt32() >= 1);
    }

    [Fact]
    public async Task Build_console_output_and_report_match_their_golden_files()
    {
        using var catalog = new CliCatalog();
        var hello = catalog.Repository("example", "hello", ("balena.yml", Manifest), ("README.md", "# Hello\n"));
        var broken = catalog.Repository("example", "broken", ("balena.yml", Manifest.Replace("raspberrypi4-64]", "raspberry4-64]", StringComparison.Ordinal)));
        catalog.Entry("hello", $"repository: {hello.Url}\ncategory: media\n");
        catalog.Entry("broken", $"repository: {broken.Url}\ncategory: media\n");
        // A fixed path, so the finding's columns are the same on every machine.
        catalog.Entry("gone", "repository: file:///nonexistent-fleet-catalog/nobody/gone\ncategory: media\n");
        var root = Path.Combine(catalog.Root, "root");
        FixtureSite.Write(root, "hello");
        var report = Path.Combine(catalog.Root, "report.json");

        var (exit, output, error) = await catalog.RunAsync(
            "build", "--projects", catalog.Projects, "--site", Path.Combine(root, "site"), "--output", Path.Combine(catalog.Root, "_site"),
            "--report", report, "--parallelism", "1");

        Assert.True(exit == 0, output + error);
        Assert.Empty(error);
        Golden.Verify(catalog.Normalize(output), "Cli/build.txt");
        Golden.Verify(catalog.Normalize(File.ReadAllText(report)), "Cli/build-report.json");
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var projects = json.RootElement.GetProperty("projects").EnumerateArray().ToDictionary(p => p.GetProperty("slug").GetString()!);
        var failure = projects["gone"].GetProperty("failure");
        Assert.Equal("repository", failure.GetProperty("kind").GetString());
        Assert.Equal("'/nonexistent-fleet-catalog/nobody/gone' does not appear to be a git repository", failure.GetProperty("cause").GetString());
        Assert.False(projects["hello"].TryGetProperty("failure", out _));
    }

    [Fact]
    public async Task The_closing_lines_name_the_projects_with_the_most_findings_and_agree_with_the_exit_code()
    {
        using var catalog = new CliCatalog();
        for (var i = 1; i <= BuildSummary.Named + 2; i++)
        {
            // Project i lists i boards that do not exist: i errors.
            var boards = string.Join(", ", Enumerable.Range(1, i).Select(n => $"no-such-board-{n}"));
            var repository = catalog.Repository("example", $"p{i}", ("balena.yml", Manifest.Replace("[raspberrypi4-64]", $"[raspberrypi4-64, {boards}]", StringComparison.Ordinal)), ("README.md", "# P\n"));
            catalog.Entry($"p{i}", $"repository: {repository.Url}\ncategory: media\n");
        }

        catalog.Entry("broken", "repository: https://github.com/example/broken\ncategory: musik\n");
        var root = Path.Combine(catalog.Root, "root");
        FixtureSite.Write(root, "p1");

        var (exit, output, error) = await catalog.RunAsync(
            "build", "--projects", catalog.Projects, "--site", Path.Combine(root, "site"), "--output", Path.Combine(catalog.Root, "_site"),
            "--no-search", "--parallelism", "1");

        Assert.True(exit == 1, output + error);
        var last = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')[^5..];
        // The invalid entry's project fails with its one error, and is counted with the others.
        Assert.Equal("8 projects: 7 fetched, 0 unchanged, 0 stale, 1 failed", last[0]);
        Assert.Equal("Projects with errors: 8 of 8 (29 errors): p7 7, p6 6, p5 5, p4 4, p3 3 and 3 more", last[1]);
        // A non-zero exit: the line begins with what failed and says truly what was published.
        Assert.Equal($"1 catalog entry is invalid (projects/broken.yml), so it has no project page; the rest of the catalog was published to {catalog.Root}/_site (exit 1)", last[4]);
        Assert.DoesNotContain("Site written", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(catalog.Root, "_site", "projects", "p1", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(catalog.Root, "_site", "projects", "broken")));
        // The entry's error is printed once, as a finding with its line; the project's own line points to it.
        Assert.Single(output.Split('\n'), line => line.Contains("unknown category 'musik'", StringComparison.Ordinal));
        Assert.Contains("  failed broken: its entry is invalid (projects/broken.yml, below)", output, StringComparison.Ordinal);
        Golden.Verify(catalog.Normalize(output), "Cli/build-summary.txt");
    }

    [Fact]
    public async Task A_second_build_reports_unchanged_projects_and_304_answers()
    {
        using var catalog = new TestCatalog();
        using var repository = LocalGitRepository.Create();
        repository.Write("balena.yml", Manifest).Write("README.md", "# Hello\n").Commit();
        catalog.Add("hello", repository);
        var report = Path.Combine(catalog.Cache, "..", "report.json");

        await RunAsync(catalog);
        var (exit, _, _) = await RunAsync(catalog, "--report", report);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal("unchanged", json.RootElement.GetProperty("projects")[0].GetProperty("status").GetString());
        var totals = json.RootElement.GetProperty("totals");
        Assert.Equal(0, totals.GetProperty("gitFetches").GetInt32());
        Assert.Equal(totals.GetProperty("githubRequests").GetInt32(), totals.GetProperty("githubNotModified").GetInt32());
    }

    [Fact]
    public async Task A_broken_entry_fails_the_build_but_the_other_projects_are_still_refreshed()
    {
        using var catalog = new TestCatalog();
        using var repository = LocalGitRepository.Create();
        repository.Write("balena.yml", Manifest).Commit();
        catalog.Add("hello", repository);
        File.WriteAllText(Path.Combine(catalog.Projects, "broken.yml"), "repository: https://github.com/example/broken\ncategory: musik\n");

        var (exit, output, _) = await RunAsync(catalog, "--offline");

        Assert.Equal(1, exit);
        Assert.Contains("projects/broken.yml(2,11): error CAT602:", output, StringComparison.Ordinal);
        Assert.Contains("failed hello", output.Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_category_list_exits_2_naming_the_file()
    {
        using var catalog = new TestCatalog();
        Directory.CreateDirectory(catalog.Projects);

        var (exit, _, error) = await CliRunner.RunAsync(["build", "--projects", catalog.Projects, "--categories", "/nonexistent/categories.yml", "--cache", catalog.Cache]);

        Assert.Equal(2, exit);
        Assert.Contains("categories.yml", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_github_api_url_that_is_not_http_is_refused()
    {
        var (exit, _, error) = await CliRunner.RunAsync(["build", "--github-api-url", "ftp://example.org/"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("'ftp://example.org/' is not an http(s) URL", error, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(TestCatalog catalog, params string[] extra)
    {
        var root = Path.Combine(catalog.Cache, "..", "root");
        if (!Directory.Exists(root))
        {
            FixtureSite.Write(root, "hello");
        }

        return CliRunner.RunAsync([
            "build", "--projects", catalog.Projects, "--categories", Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml"),
            "--cache", catalog.Cache, "--github-api-url", catalog.GitHub.Url, "--site", Path.Combine(root, "site"),
            "--output", Path.Combine(catalog.Cache, "..", "_site"), .. extra]);
    }
}
