using FleetCatalog.Serving;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Serving;

public sealed class SourceWatcherTests
{
    [Theory]
    [InlineData("site/learn/.first-steps.md.swp")]
    [InlineData("site/learn/first-steps.md~")]
    [InlineData("site/learn/4913")]
    [InlineData("site/learn/#first-steps.md#")]
    [InlineData("site/learn/.#first-steps.md")]
    [InlineData("site/learn/first-steps.md___jb_tmp___")]
    [InlineData("projects/hello.yml.tmp")]
    public void Editors_scratch_files_are_ignored(string path) => Assert.True(SourceWatcher.IsScratch(path));

    [Theory]
    [InlineData("site/learn/first-steps.md")]
    [InlineData("projects/hello.yml")]
    [InlineData("themes/default/layouts/base.liquid")]
    public void Content_files_are_watched(string path) => Assert.False(SourceWatcher.IsScratch(path));

    [Fact]
    public async Task A_burst_of_changes_comes_as_one_batch_once_the_folder_is_quiet()
    {
        using var folder = new TempDirectory();
        using var watcher = new SourceWatcher([folder.Path]);
        var file = Path.Combine(folder.Path, "page.md");

        for (var i = 0; i < 5; i++)
        {
            File.WriteAllText(file, $"save {i}");
        }

        File.WriteAllText(Path.Combine(folder.Path, ".page.md.swp"), "swap");
        File.WriteAllText(Path.Combine(folder.Path, "other.md"), "new");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var batch = await watcher.NextAsync(TimeSpan.FromMilliseconds(100), timeout.Token);

        Assert.Equal([Path.Combine(folder.Path, "other.md"), file], batch.Order(StringComparer.Ordinal));
        using var quiet = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watcher.NextAsync(TimeSpan.FromMilliseconds(100), quiet.Token));
    }
}
