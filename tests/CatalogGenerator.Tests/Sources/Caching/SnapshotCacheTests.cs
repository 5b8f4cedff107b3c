using FleetCatalog.Sources.Caching;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Caching;

public sealed class SnapshotCacheTests
{
    private sealed record Note(string Commit, string Text);

    [Fact]
    public void A_published_snapshot_is_loaded_back_with_its_files()
    {
        using var dir = new TempDirectory();
        var cache = new SnapshotCache(dir.Path);
        var staging = cache.CreateStaging("sound");
        File.WriteAllText(Path.Combine(staging, "balena.yml"), "name: Sound\n");

        cache.Publish("sound", staging, new Note("abc", "first"));
        var loaded = cache.Load<Note>("sound");

        Assert.NotNull(loaded);
        Assert.Equal(new Note("abc", "first"), loaded.Value.Snapshot);
        Assert.Equal("name: Sound\n", File.ReadAllText(Path.Combine(loaded.Value.Directory, "balena.yml")));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void A_new_snapshot_replaces_the_old_and_the_old_folder_is_removed()
    {
        using var dir = new TempDirectory();
        var cache = new SnapshotCache(dir.Path);
        var first = cache.Publish("sound", cache.CreateStaging("sound"), new Note("abc", "first"));

        cache.Publish("sound", cache.CreateStaging("sound"), new Note("def", "second"));

        Assert.Equal("def", cache.Load<Note>("sound")!.Value.Snapshot.Commit);
        Assert.False(Directory.Exists(first));
    }

    [Fact]
    public void A_build_killed_before_publishing_leaves_the_previous_snapshot_current()
    {
        using var dir = new TempDirectory();
        var cache = new SnapshotCache(dir.Path);
        cache.Publish("sound", cache.CreateStaging("sound"), new Note("abc", "first"));

        // Killed mid-fetch: a half-filled staging folder and nothing else.
        File.WriteAllText(Path.Combine(cache.CreateStaging("sound"), "balena.yml"), "name: Half");
        var reopened = new SnapshotCache(dir.Path);

        Assert.Equal("abc", reopened.Load<Note>("sound")!.Value.Snapshot.Commit);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"directory\": \"missing\"}")]
    [InlineData("")]
    public void A_damaged_pointer_means_no_snapshot_rather_than_an_error(string current)
    {
        using var dir = new TempDirectory();
        var cache = new SnapshotCache(dir.Path);
        cache.Publish("sound", cache.CreateStaging("sound"), new Note("abc", "first"));
        File.WriteAllText(Path.Combine(cache.Root, "projects", "sound", "current.json"), current);

        Assert.Null(cache.Load<Note>("sound"));
    }

    [Fact]
    public void The_cache_is_versioned_by_folder()
    {
        using var dir = new TempDirectory();

        var cache = new SnapshotCache(dir.Path);

        Assert.Equal(Path.Combine(dir.Path, $"v{SnapshotCache.Version}"), cache.Root);
        Assert.Null(cache.Load<Note>("never-built"));
    }

    [Fact]
    public void Discard_only_deletes_staging_folders()
    {
        using var dir = new TempDirectory();
        var cache = new SnapshotCache(dir.Path);
        var published = cache.Publish("sound", cache.CreateStaging("sound"), new Note("abc", "first"));
        var staging = cache.CreateStaging("sound");

        cache.Discard(published);
        cache.Discard(staging);

        Assert.True(Directory.Exists(published));
        Assert.False(Directory.Exists(staging));
    }
}
