using System.Net;
using System.Net.Sockets;
using System.Text;
using FleetCatalog.Serving;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Serving;

public sealed class StaticSiteServerTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private StaticSiteServer _server = null!;

    private string Site => Path.Combine(_folder.Path, "site");

    public async Task InitializeAsync()
    {
        _folder.Write("site/index.html", "<!DOCTYPE html><title>home</title>");
        _folder.Write("site/projects/audio/index.html", "<!DOCTYPE html><title>audio</title>");
        _folder.Write("site/404.html", "<!DOCTYPE html><title>not here</title>");
        _folder.Write("site/empty/readme.txt", "a folder without an index");
        _folder.Write("secret.txt", "outside the site");
        _server = await StaticSiteServer.StartAsync(Site);
    }

    [Fact]
    public async Task The_root_and_a_folder_with_a_slash_serve_their_index_html()
    {
        Assert.Contains("<title>home</title>", await GetStringAsync("/"), StringComparison.Ordinal);
        using var response = await _http.GetAsync(new Uri(_server.Url, "/projects/audio/"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("<title>audio</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_permanently_to_the_slash_form_keeping_the_query()
    {
        using var response = await _http.GetAsync(new Uri(_server.Url, "/projects/audio?q=pi"));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/projects/audio/?q=pi", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/missing/")]
    [InlineData("/missing.css")]
    [InlineData("/empty/")]
    [InlineData("/empty")]
    [InlineData("/index.html/")]
    public async Task A_missing_address_gets_the_sites_404_page_with_status_404(string path)
    {
        using var response = await _http.GetAsync(new Uri(_server.Url, path));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<title>not here</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("site.css", "text/css; charset=utf-8")]
    [InlineData("site.js", "text/javascript; charset=utf-8")]
    [InlineData("catalog.json", "application/json")]
    [InlineData("feed.xml", "application/xml")]
    [InlineData("logo.svg", "image/svg+xml")]
    [InlineData("logo.webp", "image/webp")]
    [InlineData("logo.png", "image/png")]
    [InlineData("wasm.unknown.pagefind", "application/octet-stream")]
    [InlineData("pagefind.en_1234.pf_meta", "application/octet-stream")]
    [InlineData("index/en_abcd.pf_index", "application/octet-stream")]
    [InlineData("fragment/en_ef01.pf_fragment", "application/octet-stream")]
    [InlineData("wasm.en.wasm", "application/wasm")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("no-extension", "application/octet-stream")]
    public async Task Files_are_served_with_their_content_type(string file, string contentType)
    {
        _folder.Write("site/assets/" + file, "x");
        using var response = await _http.GetAsync(new Uri(_server.Url, "/assets/" + file));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("x", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/projects/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/%2fsecret.txt")]
    public async Task Paths_that_climb_out_of_the_folder_are_refused(string path)
    {
        // Raw HTTP: HttpClient would tidy the dot segments away before they reach the server.
        var (status, body) = await RawGetAsync(path);
        Assert.NotEqual(200, status);
        Assert.DoesNotContain("outside the site", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Symbolic_links_are_followed_inside_the_folder_and_refused_out_of_it()
    {
        File.CreateSymbolicLink(Path.Combine(Site, "out.txt"), Path.Combine(_folder.Path, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(Site, "up"), "..");
        File.CreateSymbolicLink(Path.Combine(Site, "home.html"), "index.html");

        using var outside = await _http.GetAsync(new Uri(_server.Url, "/out.txt"));
        using var throughFolder = await _http.GetAsync(new Uri(_server.Url, "/up/secret.txt"));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, throughFolder.StatusCode);
        Assert.DoesNotContain("outside the site", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("outside the site", await throughFolder.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<title>home</title>", await GetStringAsync("/home.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_answers_the_headers_without_a_body_and_other_methods_are_not_allowed()
    {
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(_server.Url, "/projects/audio/")));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(new FileInfo(Path.Combine(Site, "projects", "audio", "index.html")).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        using var post = await _http.PostAsync(new Uri(_server.Url, "/"), new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Contains("HEAD", post.Content.Headers.Allow);
    }

    [Fact]
    public async Task Port_zero_picks_a_free_loopback_port_and_a_given_port_is_used()
    {
        Assert.Equal("127.0.0.1", _server.Url.Host);
        Assert.NotEqual(0, _server.Url.Port);

        // A port free a moment ago can be taken meanwhile by another test or an outgoing connection: try a few.
        var (free, started) = await StartOnFreePortAsync();
        await using var second = started;
        Assert.Equal(new Uri($"http://127.0.0.1:{free}/"), second.Url);
        Assert.Contains("<title>home</title>", await (await _http.GetAsync(second.Url)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_logs_one_line_per_request_only_when_asked()
    {
        var lines = new List<string>();
        await using var logged = await StaticSiteServer.StartAsync(Site, log: line => { lock (lines) { lines.Add(line); } });
        (await _http.GetAsync(new Uri(logged.Url, "/nope"))).Dispose();
        Assert.Equal(["GET /nope 404"], lines);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<(int Port, StaticSiteServer Server)> StartOnFreePortAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var free = FreePort();
            try
            {
                return (free, await StaticSiteServer.StartAsync(Site, free));
            }
            catch (IOException) when (attempt < 5)
            {
            }
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }

    private async Task<string> GetStringAsync(string path) => await _http.GetStringAsync(new Uri(_server.Url, path));

    private async Task<(int Status, string Body)> RawGetAsync(string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Url.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
