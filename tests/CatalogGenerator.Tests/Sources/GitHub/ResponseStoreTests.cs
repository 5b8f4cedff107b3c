using FleetCatalog.Sources.GitHub;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.GitHub;

public sealed class ResponseStoreTests : IDisposable
{
    private readonly TempDirectory _cache = new();

    [Fact]
    public void An_entry_survives_a_new_store_on_the_same_directory()
    {
        new ResponseStore(_cache.Path).Write(Entry("GET a", "W/\"1\"", "{\"a\":1}"));

        var read = new ResponseStore(_cache.Path).Read("GET a");

        Assert.Equal(Entry("GET a", "W/\"1\"", "{\"a\":1}"), read);
    }

    [Fact]
    public void Writing_leaves_one_json_file_per_request_and_no_temp_files()
    {
        var store = new ResponseStore(_cache.Path);

        store.Write(Entry("GET a", "\"1\"", "{}"));
        store.Write(Entry("GET a", "\"2\"", "{}"));
        store.Write(Entry("GET b", "\"3\"", "{}"));

        Assert.Equal(2, Directory.GetFiles(_cache.Path, "*.json").Length);
        Assert.Empty(Directory.GetFiles(_cache.Path, "*.tmp"));
        Assert.Equal("\"2\"", store.Read("GET a")?.ETag);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"Version\":1,\"Key\":\"GET a\",\"ETag\":\"x\",\"Body\":\"{")]
    [InlineData("not json")]
    [InlineData("{\"Version\":99,\"Key\":\"GET a\",\"ETag\":\"x\",\"Body\":\"{}\"}")]
    public void A_damaged_or_foreign_file_reads_as_absent(string text)
    {
        var store = new ResponseStore(_cache.Path);
        store.Write(Entry("GET a", "\"1\"", "{}"));
        File.WriteAllText(Directory.GetFiles(_cache.Path, "*.json").Single(), text);

        Assert.Null(store.Read("GET a"));
    }

    [Fact]
    public void Temp_files_abandoned_by_a_killed_build_are_removed_and_fresh_ones_kept()
    {
        var old = _cache.Write("0123.json.abc.tmp", "{");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-1));
        var fresh = _cache.Write("4567.json.def.tmp", "{");

        _ = new ResponseStore(_cache.Path);

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(fresh));
    }

    [Fact]
    public async Task A_damaged_store_costs_one_unconditional_request_and_is_mended()
    {
        using var github = new FakeGitHub();
        github.Add("o", "r");
        using (var first = Client(github))
        {
            await first.GetAsync("o", "r", CancellationToken.None);
        }

        foreach (var file in Directory.GetFiles(_cache.Path, "*.json"))
        {
            File.WriteAllText(file, "{\"Version\":1,");
        }

        github.ClearRequests();
        using var second = Client(github);
        var repaired = await second.GetAsync("o", "r", CancellationToken.None);
        var again = await second.GetAsync("o", "r", CancellationToken.None);

        Assert.True(repaired.Succeeded, repaired.Failure?.Message);
        Assert.True(again.NotModified);
        Assert.Equal([200, 200, 304, 304], github.Requests.Select(r => r.Status));
    }

    private GitHubMetadataClient Client(FakeGitHub github) =>
        new(new GitHubMetadataOptions(_cache.Path) { ApiUrl = github.ApiUrl });

    private static ResponseStoreEntry Entry(string key, string etag, string body) =>
        new(ResponseStoreEntry.CurrentVersion, key, etag, "application/json", body);

    public void Dispose() => _cache.Dispose();
}
