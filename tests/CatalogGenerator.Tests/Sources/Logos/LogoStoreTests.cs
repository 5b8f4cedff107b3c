using System.Text.Json;
using FleetCatalog.Sources.Logos;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Logos;

public sealed class LogoStoreTests : IDisposable
{
    private const string CommitA = "1111111111111111111111111111111111111111";
    private const string CommitB = "2222222222222222222222222222222222222222";

    private readonly LogoServer _server = new();
    private readonly HttpClient _http = LogoDownloader.CreateHttpClient();
    private readonly TempDirectory _cache = new();
    private readonly LogoStore _store;

    public LogoStoreTests()
    {
        _store = new LogoStore(_cache.Path, new LogoDownloader(_http, new LogoDownloaderOptions { AllowInsecureLoopback = true, Timeout = TimeSpan.FromSeconds(10) }));
    }

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
        _cache.Dispose();
    }

    [Fact]
    public async Task The_first_get_downloads_and_stores_the_file_by_its_hash_with_an_index()
    {
        var png = TestImages.Png(32, 16);
        _server.File("/logo.png", png, "\"v1\"");

        var result = await _store.GetAsync("my-project", _server.Url("logo.png"), CommitA, offline: false, CancellationToken.None);

        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png));
        Assert.Equal(LogoResultStatus.Downloaded, result.Status);
        Assert.True(result.Requested);
        Assert.Equal(Path.Combine(_cache.Path, "files", sha + ".png"), result.FilePath);
        Assert.Equal(sha + ".png", result.FileName);
        Assert.Equal(png, File.ReadAllBytes(result.FilePath!));
        Assert.Equal(new ImageInfo(ImageFormat.Png, 32, 16), result.Image);

        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(_cache.Path, "index", "my-project.json")));
        Assert.Equal(_server.Url("logo.png").AbsoluteUri, index.RootElement.GetProperty("url").GetString());
        Assert.Equal(CommitA, index.RootElement.GetProperty("commit").GetString());
        Assert.Equal("\"v1\"", index.RootElement.GetProperty("etag").GetString());
        Assert.Equal(sha, index.RootElement.GetProperty("sha256").GetString());
        Assert.Equal("png", index.RootElement.GetProperty("format").GetString());
        Assert.Equal(32, index.RootElement.GetProperty("width").GetInt32());
        Assert.Empty(Directory.EnumerateFiles(_cache.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_same_url_and_commit_makes_no_request()
    {
        _server.File("/logo.svg", TestImages.Utf8(TestImages.Svg()), "\"v1\"");
        var first = await Get(CommitA, "logo.svg");

        var second = await Get(CommitA, "logo.svg");

        Assert.Equal(LogoResultStatus.Unchanged, second.Status);
        Assert.False(second.Requested);
        Assert.Equal(first.FilePath, second.FilePath);
        Assert.Equal(first.Image, second.Image);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_new_commit_asks_conditionally_and_a_304_keeps_the_stored_file()
    {
        _server.File("/logo.png", TestImages.Png(4, 4), "\"v1\"");
        var first = await Get(CommitA);

        var second = await Get(CommitB);
        var third = await Get(CommitB);

        Assert.Equal(LogoResultStatus.Revalidated, second.Status);
        Assert.Equal(first.FilePath, second.FilePath);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal([null, "\"v1\""], _server.Requests.Select(r => r.IfNoneMatch));
        Assert.Equal(LogoResultStatus.Unchanged, third.Status);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_new_commit_with_a_changed_logo_stores_the_new_file()
    {
        _server.File("/logo.png", TestImages.Png(4, 4), "\"v1\"");
        var first = await Get(CommitA);
        _server.File("/logo.png", TestImages.Jpeg(8, 8), "\"v2\"");

        var second = await Get(CommitB);

        Assert.Equal(LogoResultStatus.Downloaded, second.Status);
        Assert.NotEqual(first.Sha256, second.Sha256);
        Assert.EndsWith(".jpg", second.FilePath, StringComparison.Ordinal);
        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, 8, 8), second.Image);
    }

    [Fact]
    public async Task A_changed_url_downloads_again_without_the_old_etag()
    {
        _server.File("/a.png", TestImages.Png(4, 4), "\"same\"");
        _server.File("/b.png", TestImages.Png(4, 4), "\"same\"");
        await Get(CommitA, "a.png");

        var result = await Get(CommitA, "b.png");

        Assert.Equal(LogoResultStatus.Downloaded, result.Status);
        Assert.Equal([("/a.png", null), ("/b.png", (string?)null)], _server.Requests);
    }

    [Fact]
    public async Task Offline_uses_only_what_is_stored_and_never_asks()
    {
        _server.File("/logo.png", TestImages.Png(4, 4), "\"v1\"");
        var stored = await Get(CommitA);

        var offline = await _store.GetAsync("my-project", _server.Url("logo.png"), CommitB, offline: true, CancellationToken.None);
        var missing = await _store.GetAsync("other-project", _server.Url("logo.png"), CommitB, offline: true, CancellationToken.None);

        Assert.Equal(LogoResultStatus.Unchanged, offline.Status);
        Assert.Equal(stored.FilePath, offline.FilePath);
        Assert.Equal(LogoResultStatus.Failed, missing.Status);
        Assert.False(missing.Requested);
        Assert.Contains("has not been downloaded yet and the build is offline", missing.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task An_unreachable_server_keeps_the_last_good_file_as_stale()
    {
        _server.File("/logo.png", TestImages.Png(4, 4), "\"v1\"");
        var stored = await Get(CommitA);
        _server.Status("/logo.png", 502);

        var result = await Get(CommitB);
        var again = await Get(CommitB);

        Assert.Equal(LogoResultStatus.Stale, result.Status);
        Assert.Equal(stored.FilePath, result.FilePath);
        Assert.Equal(LogoFailureKind.Unreachable, result.Failure);
        Assert.EndsWith("the copy downloaded earlier is used meanwhile", result.Message, StringComparison.Ordinal);
        Assert.Equal(LogoResultStatus.Stale, again.Status); // a passing failure is asked about again
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_bad_logo_is_remembered_for_its_commit_and_asked_again_on_the_next()
    {
        _server.File("/logo.png", TestImages.Utf8("<!DOCTYPE html><html></html>"));

        var first = await Get(CommitA);
        var same = await Get(CommitA);
        _server.File("/logo.png", TestImages.Png(4, 4));
        var fixedLogo = await Get(CommitB);

        Assert.Equal(LogoFailureKind.NotAnImage, first.Failure);
        Assert.Null(first.FilePath);
        Assert.Equal(LogoResultStatus.Failed, same.Status);
        Assert.False(same.Requested);
        Assert.Equal(first.Message, same.Message);
        Assert.Equal(LogoResultStatus.Downloaded, fixedLogo.Status);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_damaged_index_or_a_deleted_file_means_downloading_again()
    {
        _server.File("/logo.png", TestImages.Png(4, 4), "\"v1\"");
        var first = await Get(CommitA);
        File.WriteAllText(Path.Combine(_cache.Path, "index", "my-project.json"), "{ \"version\": 1, \"url\": ");
        var afterDamage = await Get(CommitA);
        File.Delete(first.FilePath!);
        var afterDelete = await Get(CommitB);

        Assert.Equal(LogoResultStatus.Downloaded, afterDamage.Status);
        Assert.Equal(LogoResultStatus.Downloaded, afterDelete.Status);
        Assert.True(File.Exists(first.FilePath));
        Assert.All(_server.Requests, r => Assert.Null(r.IfNoneMatch));
    }

    [Fact]
    public async Task Projects_sharing_a_logo_share_one_file()
    {
        _server.File("/logo.png", TestImages.Png(4, 4));

        var a = await _store.GetAsync("project-a", _server.Url("logo.png"), CommitA, offline: false, CancellationToken.None);
        var b = await _store.GetAsync("project-b", _server.Url("logo.png"), CommitA, offline: false, CancellationToken.None);

        Assert.Equal(a.FilePath, b.FilePath);
        Assert.Single(Directory.GetFiles(Path.Combine(_cache.Path, "files")));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("Upper")]
    [InlineData("")]
    public async Task A_slug_that_is_not_kebab_case_is_a_programming_error(string slug)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.GetAsync(slug, _server.Url("logo.png"), CommitA, offline: false, CancellationToken.None));
    }

    private Task<LogoResult> Get(string commit, string path = "logo.png") =>
        _store.GetAsync("my-project", _server.Url(path), commit, offline: false, CancellationToken.None);
}
