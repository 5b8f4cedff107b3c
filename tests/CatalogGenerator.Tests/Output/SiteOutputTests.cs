using FleetCatalog.Output;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Output;

public sealed class SiteOutputTests
{
    [Fact]
    public void A_committed_build_replaces_the_old_site_completely()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "_site");
        dir.Write("_site/old-page.html", "old");

        using (var output = SiteOutput.Begin(target))
        {
            output.WriteText("index.html", "<p>home</p>");
            output.WriteBytes("badges/a.svg", [60, 115, 118, 103, 62]);
            output.CopyFile(dir.Write("src/logo.png", "png"), "logos/logo.png");
            output.Commit();
        }

        Assert.Equal([SiteMarker.FileName, "badges/a.svg", "index.html", "logos/logo.png"], FilesUnder(target));
        Assert.Equal("<p>home</p>", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal(["_site", "src"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_exception_mid_build_leaves_the_old_site_intact_and_no_staging_folder()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "_site");
        dir.Write("_site/index.html", "old home");

        void Build()
        {
            using var output = SiteOutput.Begin(target);
            output.WriteText("index.html", "new home");
            output.WriteText("projects/a/index.html", "half");
            throw new InvalidOperationException("rendering failed");
        }

        Assert.Throws<InvalidOperationException>(Build);

        Assert.Equal(["index.html"], FilesUnder(target));
        Assert.Equal("old home", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_cancelled_parallel_build_leaves_nothing_behind()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "_site");
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            using var output = SiteOutput.Begin(target);
            Parallel.For(0, 200, new ParallelOptions { CancellationToken = cancel.Token }, i =>
            {
                output.WriteText($"projects/p{i}/index.html", "page");
                if (i == 50)
                {
                    cancel.Cancel();
                }
            });
            output.Commit();
        });

        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_build_is_removed_by_the_next_build()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "_site");
        dir.Write("_site/index.html", "old home");
        dir.Write("_site.tmp-0123456789abcdef0123456789abcdef/index.html", "half-written");
        dir.Write("_site.tmp-0123456789abcdef0123456789abcdef.lock", string.Empty);

        using (var output = SiteOutput.Begin(target))
        {
            output.WriteText("index.html", "new home");
            output.Commit();
        }

        Assert.Equal(["_site"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
        Assert.Equal("new home", File.ReadAllText(Path.Combine(target, "index.html")));
    }

    [Fact]
    public void A_build_killed_between_the_two_renames_gets_the_old_site_back()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "_site");
        dir.Write("_site.old-0123456789abcdef0123456789abcdef/index.html", "old home");

        using (SiteOutput.Begin(target))
        {
            Assert.Equal("old home", File.ReadAllText(Path.Combine(target, "index.html")));
        }

        Assert.Equal(["_site"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_build_running_at_the_same_time_keeps_its_staging_folder()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "_site");
        using var first = SiteOutput.Begin(target);
        first.WriteText("index.html", "first");

        using (var second = SiteOutput.Begin(target))
        {
            second.WriteText("index.html", "second");
            second.Commit();
        }

        Assert.True(File.Exists(Path.Combine(first.StagingDirectory, "index.html")));
        first.Commit();
        Assert.Equal("first", File.ReadAllText(Path.Combine(target, "index.html")));
    }

    [Fact]
    public void The_first_build_creates_the_target_and_its_parent()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "out", "_site");

        using (var output = SiteOutput.Begin(target))
        {
            output.WriteText("index.html", "home");
            Assert.StartsWith(target + ".tmp-", output.StagingDirectory, StringComparison.Ordinal);
            output.Commit();
        }

        Assert.Equal([SiteMarker.FileName, "index.html"], FilesUnder(target));
    }

    [Fact]
    public void Files_lists_every_written_path_sorted_including_copied_directories()
    {
        using var dir = new TempDirectory();
        dir.Write("theme/css/site.css", "body{}");
        dir.Write("theme/.nojekyll", string.Empty);
        dir.Write("theme/js/search.js", "1");
        using var output = SiteOutput.Begin(Path.Combine(dir.Path, "_site"));

        var copied = output.CopyDirectory(Path.Combine(dir.Path, "theme"), "assets/");
        output.CopyDirectory(Path.Combine(dir.Path, "theme", "css"));
        output.WriteText("index.html", "home");

        Assert.Equal(["assets/.nojekyll", "assets/css/site.css", "assets/js/search.js"], copied);
        Assert.Equal(["assets/.nojekyll", "assets/css/site.css", "assets/js/search.js", "index.html", "site.css"], output.Files);
    }

    [Fact]
    public void Parallel_writes_are_all_kept()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "_site");
        using (var output = SiteOutput.Begin(target))
        {
            Parallel.For(0, 500, i => output.WriteText($"projects/p{i}/index.html", $"page {i}"));
            Assert.Equal(500, output.Files.Count);
            output.Commit();
        }

        Assert.Equal(500 + 1, FilesUnder(target).Count); // and the marker
        Assert.Equal("page 321", File.ReadAllText(Path.Combine(target, "projects", "p321", "index.html")));
    }

    [Fact]
    public void Writing_one_path_twice_is_refused_even_in_another_case()
    {
        using var dir = new TempDirectory();
        using var output = SiteOutput.Begin(Path.Combine(dir.Path, "_site"));
        output.WriteText("projects/a/index.html", "one");

        var error = Assert.Throws<InvalidOperationException>(() => output.WriteText("Projects/A/index.html", "two"));

        Assert.Contains("'projects/a/index.html'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("projects/../../outside.html")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/x.html")]
    [InlineData("projects\\a.html")]
    [InlineData("projects//a.html")]
    [InlineData("./a.html")]
    [InlineData("")]
    [InlineData("a?.html")]
    public void Paths_that_could_escape_the_site_or_break_on_a_disk_are_refused(string path)
    {
        using var dir = new TempDirectory();
        using var output = SiteOutput.Begin(Path.Combine(dir.Path, "_site"));

        Assert.Throws<ArgumentException>(() => output.WriteText(path, "x"));
        Assert.Empty(output.Files);
    }

    [Fact]
    public void Writing_after_commit_is_refused()
    {
        using var dir = new TempDirectory();
        using var output = SiteOutput.Begin(Path.Combine(dir.Path, "_site"));
        output.Commit();

        Assert.Throws<ObjectDisposedException>(() => output.WriteText("late.html", "x"));
        Assert.Throws<InvalidOperationException>(output.Commit);
    }

    [Fact]
    public void A_file_where_the_site_folder_should_be_is_refused()
    {
        using var dir = new TempDirectory();
        var target = dir.Write("_site", "not a folder");

        Assert.Throws<IOException>(() => SiteOutput.Begin(target));
    }

    private static List<string> FilesUnder(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];
}
