using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using FleetCatalog.Serving;
using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

/// <summary><c>catalog serve</c> end to end over loopback: a fixture catalog, edits on disk, pages and events over HTTP.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private const string Manifest = """
        name: Hello
        type: sw.application
        description: Says hello.
        data:
          defaultDeviceType: raspberrypi4-64
          supportedDeviceTypes: [raspberrypi4-64]
        """;

    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(20);

    private readonly TestCatalog _catalog = new();
    private readonly LocalGitRepository _hello = LocalGitRepository.Create();
    private readonly LocalGitRepository _other = LocalGitRepository.Create();
    private readonly HttpClient _http = new();

    public ServeCommandTests()
    {
        _hello.Write("balena.yml", Manifest).Write("README.md", "# Hello\n").Commit();
        _other.Write("balena.yml", Manifest.Replace("Hello", "Other", StringComparison.Ordinal)).Write("README.md", "# Other\n").Commit();
        _catalog.Add("hello", _hello);
        _catalog.Add("other", _other);
        FixtureSite.Write(Root, "hello");
    }

    private string Root => Path.GetFullPath(Path.Combine(_catalog.Cache, "..", "root"));

    private string Preview => Path.GetFullPath(Path.Combine(_catalog.Cache, "..", "serve"));

    [Fact]
    public async Task Serve_builds_beside_the_cache_serves_pages_with_the_live_reload_script_and_never_writes_it_to_disk()
    {
        await using var serve = await StartAsync();

        var home = await _http.GetStringAsync(serve.Url);
        Assert.Contains("<title>", home, StringComparison.Ordinal);
        Assert.Contains(LiveReloadMiddleware.ScriptTag + "</body>", home, StringComparison.Ordinal);
        using var script = await _http.GetAsync(new Uri(serve.Url, LiveReloadMiddleware.ScriptPath));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.Contains("\"/__catalog/events\"", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The preview is written beside the cache, with the local address as its base URL, and never into _site/.
        Assert.True(File.Exists(Path.Combine(Preview, "index.html")), serve.Output);
        Assert.False(Directory.Exists(Path.Combine(Root, "_site")));
        var pages = Directory.GetFiles(Preview, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.DoesNotContain("__catalog", File.ReadAllText(page), StringComparison.Ordinal));
        Assert.Contains($"href=\"{serve.Url}projects/hello/\"", File.ReadAllText(Path.Combine(Preview, "projects", "hello", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_learn_page_shows_the_rebuilt_page_and_sends_reload()
    {
        await using var serve = await StartAsync();
        await using var events = await EventStreamListener.ConnectAsync(new Uri(serve.Url, LiveReloadMiddleware.EventsPath));
        var page = new Uri(serve.Url, "learn/first-steps/");
        Assert.DoesNotContain("Edited while serving", await _http.GetStringAsync(page), StringComparison.Ordinal);

        var file = Path.Combine(Root, "site", "learn", "first-steps.md");
        File.WriteAllText(file, File.ReadAllText(file) + "\nEdited while serving.\n");

        await events.NextAsync("reload", Soon);
        Assert.Contains("Edited while serving", await _http.GetStringAsync(page), StringComparison.Ordinal);
        await serve.WaitForAsync("site/learn/first-steps.md changed: rebuilt in", Soon);
    }

    [Fact]
    public async Task Editing_a_theme_file_is_served_after_the_rebuild_without_refreshing_any_project()
    {
        await using var serve = await StartAsync();
        await using var events = await EventStreamListener.ConnectAsync(new Uri(serve.Url, LiveReloadMiddleware.EventsPath));
        _catalog.GitHub.ClearRequests();

        File.AppendAllText(Path.Combine(Root, "themes", "default", "assets", "site.css"), "\n/* edited while serving */\n");

        await events.NextAsync("reload", Soon);
        Assert.Contains("edited while serving", await _http.GetStringAsync(new Uri(serve.Url, "assets/site.css")), StringComparison.Ordinal);
        await serve.WaitForAsync("themes/default/assets/site.css changed: rebuilt in", Soon);
        Assert.Empty(_catalog.GitHub.Requests);
    }

    [Fact]
    public async Task Editing_an_entry_refreshes_only_that_project_and_shows_the_change()
    {
        await using var serve = await StartAsync();
        await using var events = await EventStreamListener.ConnectAsync(new Uri(serve.Url, LiveReloadMiddleware.EventsPath));
        var page = new Uri(serve.Url, "projects/hello/");
        Assert.Contains("Media &amp; audio", await _http.GetStringAsync(page), StringComparison.Ordinal);
        _catalog.GitHub.ClearRequests();

        File.WriteAllText(Path.Combine(_catalog.Projects, "hello.yml"), $"repository: {_hello.Url}\ncategory: sensors\n");

        await events.NextAsync("reload", Soon);
        Assert.Contains("Sensors &amp; environment", await _http.GetStringAsync(page), StringComparison.Ordinal);
        await serve.WaitForAsync("projects/hello.yml changed: rebuilt in", Soon);
        var requests = _catalog.GitHub.Requests;
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.StartsWith($"repos/{OwnerAndName(_hello)}", r.Route, StringComparison.Ordinal));
        Assert.Empty(_catalog.GitHub.RequestsTo($"repos/{OwnerAndName(_other)}"));
    }

    [Fact]
    public async Task Adding_and_removing_an_entry_adds_and_removes_its_page()
    {
        await using var serve = await StartAsync();
        await using var events = await EventStreamListener.ConnectAsync(new Uri(serve.Url, LiveReloadMiddleware.EventsPath));
        using var third = LocalGitRepository.Create();
        third.Write("balena.yml", Manifest.Replace("Hello", "Third", StringComparison.Ordinal)).Commit();
        _catalog.GitHub.ClearRequests();

        _catalog.Add("third", third);
        await events.NextAsync("reload", Soon);
        Assert.Contains("Third", await _http.GetStringAsync(new Uri(serve.Url, "projects/third/")), StringComparison.Ordinal);
        Assert.Empty(_catalog.GitHub.RequestsTo($"repos/{OwnerAndName(_other)}"));

        File.Delete(Path.Combine(_catalog.Projects, "other.yml"));
        await events.NextAsync("reload", Soon);
        using var gone = await _http.GetAsync(new Uri(serve.Url, "projects/other/"));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        await serve.WaitForAsync("projects/other.yml changed: rebuilt in", Soon);
    }

    [Fact]
    public async Task A_broken_template_reports_its_file_and_line_sends_failed_and_keeps_serving_the_last_good_site()
    {
        await using var serve = await StartAsync();
        await using var events = await EventStreamListener.ConnectAsync(new Uri(serve.Url, LiveReloadMiddleware.EventsPath));
        var page = new Uri(serve.Url, "learn/first-steps/");
        var before = await _http.GetStringAsync(page);
        var layout = Path.Combine(Root, "themes", "default", "layouts", "learn.liquid");
        var good = File.ReadAllText(layout);

        File.WriteAllText(layout, "{% if page.title %}\n<p>never closed</p>\n" + good);

        Assert.Equal("{\"errors\":1}", await events.NextAsync("failed", Soon));
        await serve.WaitForAsync(new Regex(@"layouts/learn\.liquid\(\d+,\d+\): error CAT\d+:"), Soon);
        await serve.WaitForAsync("themes/default/layouts/learn.liquid changed: not rebuilt, 1 error (the last good site is still served)", Soon);
        Assert.Equal(before, await _http.GetStringAsync(page));

        // A page opened now hears about the failure at once; fixing the file rebuilds and reloads.
        await using var late = await EventStreamListener.ConnectAsync(new Uri(serve.Url, LiveReloadMiddleware.EventsPath));
        Assert.Equal("{\"errors\":1}", await late.NextAsync("failed", Soon));
        File.WriteAllText(layout, good);
        await events.NextAsync("reload", Soon);
    }

    [Fact]
    public async Task A_broken_entry_reports_its_line_and_keeps_the_projects_last_page()
    {
        await using var serve = await StartAsync();
        await using var events = await EventStreamListener.ConnectAsync(new Uri(serve.Url, LiveReloadMiddleware.EventsPath));
        var page = new Uri(serve.Url, "projects/hello/");
        var before = await _http.GetStringAsync(page);

        File.WriteAllText(Path.Combine(_catalog.Projects, "hello.yml"), $"repository: {_hello.Url}\ncategory: musik\n");

        await events.NextAsync("failed", Soon);
        await serve.WaitForAsync("projects/hello.yml(2,11): error CAT602:", Soon);
        await serve.WaitForAsync("projects/hello.yml changed: not rebuilt, 1 error", Soon);
        Assert.Equal(before, await _http.GetStringAsync(page));
    }

    [Fact]
    public async Task Scratch_files_and_bursts_of_saves_make_one_rebuild()
    {
        await using var serve = await StartAsync();
        await using var events = await EventStreamListener.ConnectAsync(new Uri(serve.Url, LiveReloadMiddleware.EventsPath));
        var learn = Path.Combine(Root, "site", "learn");
        File.WriteAllText(Path.Combine(learn, ".first-steps.md.swp"), "vim swap");
        File.WriteAllText(Path.Combine(learn, "first-steps.md~"), "backup");
        var file = Path.Combine(learn, "first-steps.md");
        var text = File.ReadAllText(file);
        for (var i = 0; i < 5; i++)
        {
            File.WriteAllText(file, text + $"\nSave {i}.\n");
        }

        await events.NextAsync("reload", Soon);
        await serve.WaitForAsync("site/learn/first-steps.md changed: rebuilt in", Soon);
        await Task.Delay(SiteRebuilderQuiet * 5);
        Assert.Single(Regex.Matches(serve.Output, "changed: rebuilt in"));
        Assert.Contains("Save 4.", await _http.GetStringAsync(new Uri(serve.Url, "learn/first-steps/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_search_a_rebuild_goes_live_with_the_last_index_and_reindexes_in_the_background()
    {
        await using var serve = await ServeRun.StartAsync([.. Arguments(0).Where(a => a != "--no-search")]);
        await using var events = await EventStreamListener.ConnectAsync(new Uri(serve.Url, LiveReloadMiddleware.EventsPath));
        Assert.Single(Regex.Matches(serve.Output, "Search: indexed"));

        File.AppendAllText(Path.Combine(Root, "site", "learn", "first-steps.md"), "\nA searchable word: zanzibar.\n");

        await events.NextAsync("reload", Soon);
        using var bundle = await _http.GetAsync(new Uri(serve.Url, "pagefind/pagefind.js"));
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        await serve.WaitForAsync("site/learn/first-steps.md changed: rebuilt in", Soon);
        Assert.Contains("search index updating in the background", serve.Output, StringComparison.Ordinal);
        await serve.WaitForAsync(new Regex("(?s)changed: rebuilt in.*Search: indexed"), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Cancelling_stops_the_server_and_the_watcher()
    {
        var serve = await StartAsync();
        var url = serve.Url;
        await using var events = await EventStreamListener.ConnectAsync(new Uri(url, LiveReloadMiddleware.EventsPath));

        Assert.Equal(0, await serve.StopAsync());
        await serve.DisposeAsync();

        Assert.Contains("Stopped.", serve.Output, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetAsync(url));
        File.AppendAllText(Path.Combine(Root, "site", "learn", "first-steps.md"), "\nafter stopping\n");
        await Task.Delay(SiteRebuilderQuiet * 5);
        Assert.DoesNotContain("changed:", serve.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_exits_2_saying_so()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        await using var serve = ServeRunWithoutWaiting(port);
        var exit = await serve.Exit.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exit);
        Assert.Contains($"Port {port} on 127.0.0.1 is already in use", serve.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        _hello.Dispose();
        _other.Dispose();
        _catalog.Dispose();
    }

    private static TimeSpan SiteRebuilderQuiet => FleetCatalog.Cli.SiteRebuilder.Debounce;

    private static string OwnerAndName(LocalGitRepository repository)
    {
        var segments = repository.Path.TrimEnd('/').Split('/');
        return $"{segments[^2]}/{segments[^1]}";
    }

    private string[] Arguments(int port) =>
    [
        "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--projects", _catalog.Projects,
        "--categories", Path.Combine(Root, "site", "categories.yml"), "--cache", _catalog.Cache,
        "--github-api-url", _catalog.GitHub.Url, "--site", Path.Combine(Root, "site"), "--no-search", "--parallelism", "2",
    ];

    private Task<ServeRun> StartAsync() => ServeRun.StartAsync(Arguments(0));

    private ServeRun ServeRunWithoutWaiting(int port) => ServeRun.Begin(Arguments(port));
}
