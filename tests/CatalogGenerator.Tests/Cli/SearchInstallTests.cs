using System.Text.RegularExpressions;
using FleetCatalog.Search;
using FleetCatalog.Serving;
using FleetCatalog.Tests.Search;
using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

/// <summary>
/// Pagefind not installed, and npm unreachable (a fake npm first on PATH that records its calls): <c>--offline</c> never
/// runs npm, and an install that fails online says so in one line, once per serve session.
/// </summary>
[Collection(ProcessEnvironmentTests.Name)]
public sealed class SearchInstallTests : IDisposable
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(30);

    private readonly TestCatalog _catalog = new();
    private readonly LocalGitRepository _hello = LocalGitRepository.Create();
    private readonly FakeNpm _npm = new();
    private readonly HttpClient _http = new();

    public SearchInstallTests()
    {
        _hello.Write("balena.yml", CliCatalog.Manifest).Write("README.md", "# Hello\n").Commit();
        _catalog.Add("hello", _hello);
        FixtureSite.Write(Root, "hello");
        FakeNpm.Uninstall(Root);
    }

    private string Root => Path.GetFullPath(Path.Combine(_catalog.Cache, "..", "root"));

    private string Output => Path.GetFullPath(Path.Combine(_catalog.Cache, "..", "_site"));

    [Fact]
    public async Task An_offline_build_with_npm_unreachable_makes_no_attempt_and_builds_without_search_with_one_warning()
    {
        var (filled, _, _) = await CliRunner.RunAsync([.. BuildArguments(), "--no-search"]);
        Assert.Equal(0, filled);

        var (exit, output, error) = await CliRunner.RunAsync([.. BuildArguments(), "--offline"]);

        Assert.True(exit == 0, output + error);
        Assert.Empty(_npm.Calls);
        var warning = Assert.Single(Regex.Matches(output, "warning CAT831: .*"));
        Assert.Contains("--offline", warning.Value, StringComparison.Ordinal);
        Assert.Contains($"'npm ci --prefix {Path.Combine(Root, "tools", "search")}'", warning.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("npm error", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Output, "projects", "hello", "index.html")), output);
        Assert.False(Directory.Exists(Path.Combine(Output, "pagefind")));
    }

    [Fact]
    public async Task An_install_that_fails_online_is_one_line_naming_the_cause_not_npm_s_output()
    {
        var (exit, output, error) = await CliRunner.RunAsync(BuildArguments());

        Assert.True(exit == 0, output + error);
        Assert.Equal($"ci --no-audit --no-fund --prefix {Path.Combine(Root, "tools", "search")}", Assert.Single(_npm.Calls));
        var warning = Assert.Single(Regex.Matches(output, "warning CAT831: .*"));
        Assert.Contains("the npm registry could not be reached (ENOTFOUND)", warning.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("npm error", output, StringComparison.Ordinal);
        Assert.DoesNotContain("getaddrinfo", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Output, "index.html")), output);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public async Task Serve_tries_npm_at_most_once_and_never_offline_and_serves_the_site(bool offline, int npmCalls)
    {
        if (offline)
        {
            Assert.Equal(0, (await CliRunner.RunAsync([.. BuildArguments(), "--no-search"])).ExitCode);
        }

        await using var serve = await ServeRun.StartAsync(ServeArguments(offline));

        Assert.Contains("<title>", await _http.GetStringAsync(serve.Url), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(serve.Output, "warning CAT831:"));
        File.AppendAllText(Path.Combine(Root, "site", "learn", "first-steps.md"), "\nEdited while serving.\n");
        await serve.WaitForAsync("site/learn/first-steps.md changed: rebuilt in", Soon);
        File.AppendAllText(Path.Combine(Root, "site", "learn", "first-steps.md"), "\nEdited again.\n");
        await serve.WaitForAsync(new Regex("(?s)changed: rebuilt in.*changed: rebuilt in"), Soon);

        Assert.Equal(npmCalls, _npm.Calls.Count);
        Assert.Single(Regex.Matches(serve.Output, "warning CAT831:"));
    }

    [Fact]
    public async Task Serve_answers_with_a_building_page_until_its_first_build_is_live_then_reloads_it_into_the_site()
    {
        // The first build waits for Pagefind's install (npm runs one at a time per folder): serve is building for as long
        // as this test holds the install lock.
        var installing = InstallLock.Acquire(Path.Combine(Root, "tools", "search"));
        await using var serve = ServeRun.Begin(ServeArguments(offline: false));
        var url = new Uri((await serve.WaitForAsync(new Regex(@"until it is done, (http://127\.0\.0\.1:\d+/) shows"), Soon)).Groups[1].Value);
        try
        {
            using var building = await _http.GetAsync(new Uri(url, "projects/hello/"));
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, building.StatusCode);
            var page = await building.Content.ReadAsStringAsync();
            Assert.Contains("Building the site", page, StringComparison.Ordinal);
            Assert.Contains(LiveReloadMiddleware.ScriptTag, page, StringComparison.Ordinal);
            await using var events = await EventStreamListener.ConnectAsync(new Uri(url, LiveReloadMiddleware.EventsPath + "?" + BuildingPage.EventsQuery));
            Assert.DoesNotContain("Serving at", serve.Output, StringComparison.Ordinal);

            installing.Dispose();

            await events.NextAsync(LiveReloadEvent.Reload, Soon);
            var project = await _http.GetStringAsync(new Uri(url, "projects/hello/"));
            Assert.Contains("<title>Hello", project, StringComparison.Ordinal);
            Assert.Contains(LiveReloadMiddleware.ScriptTag, project, StringComparison.Ordinal);
        }
        finally
        {
            installing.Dispose();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _npm.Dispose();
        _hello.Dispose();
        _catalog.Dispose();
    }

    private string[] BuildArguments() =>
    [
        "build", "--projects", _catalog.Projects, "--categories", Path.Combine(Root, "site", "categories.yml"), "--cache", _catalog.Cache,
        "--github-api-url", _catalog.GitHub.Url, "--site", Path.Combine(Root, "site"), "--output", Output,
    ];

    private string[] ServeArguments(bool offline) =>
    [
        "--port", "0", "--projects", _catalog.Projects, "--categories", Path.Combine(Root, "site", "categories.yml"), "--cache", _catalog.Cache,
        "--github-api-url", _catalog.GitHub.Url, "--site", Path.Combine(Root, "site"), .. offline ? ["--offline"] : Array.Empty<string>(),
    ];
}
