using FleetCatalog.Output;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Output;

/// <summary>The marker every published site carries, and the swap that publishes it in one step.</summary>
public sealed class SitePublishTests
{
    [Fact]
    public void Every_published_site_carries_the_marker_and_a_later_build_keeps_it()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "_site");

        Publish(target, "first");
        var marker = Path.Combine(target, SiteMarker.FileName);
        var written = File.GetLastWriteTimeUtc(marker);
        Publish(target, "second");

        Assert.Equal(SiteMarker.Text, File.ReadAllText(marker));
        Assert.Equal(written, File.GetLastWriteTimeUtc(marker));
        Assert.True(SiteMarker.IsOurs(target));
        Assert.Equal("second", File.ReadAllText(Path.Combine(target, "index.html")));
    }

    [Fact]
    public void A_site_from_before_the_marker_is_known_by_the_manifest_beside_it_while_that_lists_what_it_holds()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "_site");
        Publish(target, "home");
        File.Delete(Path.Combine(target, SiteMarker.FileName)); // as an earlier version left it
        Assert.True(SiteMarker.IsOurs(target));

        dir.Write("_site/holiday.jpg", "someone's photo");

        Assert.False(SiteMarker.IsOurs(target));
    }

    [Fact]
    public void A_manifest_beside_a_folder_of_other_files_proves_nothing()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "_site");
        dir.Write("_site/index.html", "old");
        dir.Write("_site.manifest.json", "{}");

        Assert.False(SiteMarker.IsOurs(target));
    }

    [Fact]
    public void Publishing_over_a_site_leaves_only_the_site_beside_it()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "_site");
        Publish(target, "first");
        Publish(target, "second");

        Assert.Equal(["_site", "_site.manifest.json"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_folders_are_exchanged_in_one_step_on_linux()
    {
        using var dir = new TempDirectory();
        var live = dir.Write("live/index.html", "live");
        var staged = dir.Write("staged/index.html", "staged");

        var exchanged = SiteOutputFolders.TryExchange(Path.GetDirectoryName(staged)!, Path.GetDirectoryName(live)!);

        Assert.Equal(OperatingSystem.IsLinux(), exchanged);
        if (exchanged)
        {
            Assert.Equal("staged", File.ReadAllText(live));
            Assert.Equal("live", File.ReadAllText(staged));
        }
    }

    private static void Publish(string target, string home)
    {
        using var output = SiteOutput.Begin(target, incremental: true);
        output.WriteText("index.html", home);
        output.Commit();
    }
}
