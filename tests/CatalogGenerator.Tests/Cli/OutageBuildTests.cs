using System.Security.Cryptography;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

/// <summary>An outage never shrinks the published catalog: the build says so in one line, publishes nothing and exits 3.</summary>
public sealed class OutageBuildTests
{
    [Fact]
    public async Task A_build_that_reaches_no_repository_over_a_published_site_publishes_nothing_and_says_why_once()
    {
        using var catalog = new CliCatalog();
        var slugs = new[] { "one", "two", "three", "four" };
        var (site, build, before) = await PublishAsync(catalog, slugs);

        // The publish job lost its cache, and the repositories' host is down (nothing listens on the port).
        Directory.Delete(catalog.Cache, recursive: true);
        var host = $"127.0.0.1:{new Uri(FakeBalenaApi.UnreachableUrl()).Port}";
        foreach (var slug in slugs)
        {
            catalog.Entry(slug, $"repository: git://{host}/example/{slug}\ncategory: media\n");
        }

        var (exit, stdout, stderr) = await catalog.RunAsync(build);

        Assert.Equal(3, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"{host} could not be reached: ", line, StringComparison.Ordinal);
        Assert.Contains("use --offline to build from the cache", line, StringComparison.Ordinal);
        Assert.Contains("4 of 4 projects", line, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be reached", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Site written", stdout, StringComparison.Ordinal);
        Assert.Equal(before, Hashes(site));
    }

    [Fact]
    public async Task With_max_unreachable_at_100_percent_the_build_publishes_what_it_has()
    {
        using var catalog = new CliCatalog();
        var host = $"127.0.0.1:{new Uri(FakeBalenaApi.UnreachableUrl()).Port}";
        catalog.Entry("gone", $"repository: git://{host}/example/gone\ncategory: media\n");
        var root = Path.Combine(catalog.Root, "root");
        FixtureSite.Write(root, "gone");
        string[] build = ["build", "--projects", catalog.Projects, "--site", Path.Combine(root, "site"), "--output", Path.Combine(catalog.Root, "_site"), "--no-search"];

        var (refused, _, _) = await catalog.RunAsync(build);
        var (exit, output, error) = await catalog.RunAsync([.. build, "--max-unreachable", "100%"]);
        var (invalid, _, usage) = await catalog.RunAsync([.. build, "--max-unreachable", "150%"]);

        Assert.Equal(3, refused);
        Assert.True(exit == 0, output + error);
        Assert.Contains("Site written", output, StringComparison.Ordinal);
        Assert.NotEqual(0, invalid);
        Assert.Contains("--max-unreachable takes a percentage from 0% to 100%", usage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Below_the_share_an_unreachable_host_is_named_once_with_its_cause()
    {
        using var catalog = new CliCatalog();
        var host = $"127.0.0.1:{new Uri(FakeBalenaApi.UnreachableUrl()).Port}";
        var slugs = new[] { "one", "two", "three" };
        foreach (var slug in slugs)
        {
            catalog.Entry(slug, $"repository: git://{host}/example/{slug}\ncategory: media\n");
        }

        var root = Path.Combine(catalog.Root, "root");
        FixtureSite.Write(root, "one");
        var (exit, output, error) = await catalog.RunAsync(
            "build", "--projects", catalog.Projects, "--site", Path.Combine(root, "site"), "--output", Path.Combine(catalog.Root, "_site"),
            "--no-search", "--parallelism", "1", "--max-unreachable", "100%");

        Assert.True(exit == 0, output + error);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var group = Assert.Single(lines, l => l.Contains("could not be reached for", StringComparison.Ordinal));
        Assert.StartsWith($"{host} could not be reached for 3 projects: ", group, StringComparison.Ordinal);
        Assert.EndsWith("; they have nothing cached and are left out", group, StringComparison.Ordinal);
        var cause = group[(group.IndexOf(": ", StringComparison.Ordinal) + 2)..group.LastIndexOf("; ", StringComparison.Ordinal)];
        Assert.Single(lines, l => l.Contains(cause, StringComparison.Ordinal));
        foreach (var slug in slugs)
        {
            Assert.Contains($"  failed {slug}: {host} could not be reached (above)", lines);
        }
    }

    [Fact]
    public async Task An_offline_build_with_nothing_cached_over_a_published_site_publishes_nothing()
    {
        using var catalog = new CliCatalog();
        var slugs = new[] { "one", "two" };
        var (site, build, before) = await PublishAsync(catalog, slugs);

        // The cache is lost, and the next build is offline: it has nothing to show.
        Directory.Delete(catalog.Cache, recursive: true);
        var (exit, stdout, stderr) = await catalog.RunAsync([.. build, "--offline"]);

        Assert.Equal(3, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal("nothing is cached for 2 of 2 projects, so an offline build would publish an empty catalog: build once online first (nothing was published)", line);
        Assert.DoesNotContain("Site written", stdout, StringComparison.Ordinal);
        Assert.Equal(before, Hashes(site));
    }

    // A site published from the given projects, the command that built it and its files' hashes.
    private static async Task<(string Site, string[] Build, Dictionary<string, string> Hashes)> PublishAsync(CliCatalog catalog, string[] slugs)
    {
        foreach (var slug in slugs)
        {
            var repository = catalog.Repository("example", slug, ("balena.yml", CliCatalog.Manifest.Replace("Hello Sound", slug, StringComparison.Ordinal)), ("README.md", $"# {slug}\n"));
            catalog.Entry(slug, $"repository: {repository.Url}\ncategory: media\n");
        }

        var root = Path.Combine(catalog.Root, "root");
        FixtureSite.Write(root, slugs[0]);
        var site = Path.Combine(catalog.Root, "_site");
        string[] build = ["build", "--projects", catalog.Projects, "--site", Path.Combine(root, "site"), "--output", site, "--no-search", "--parallelism", "1"];
        var (published, output, error) = await catalog.RunAsync(build);
        Assert.True(published == 0, output + error);
        var before = Hashes(site);
        return (site, build, before);
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
            StringComparer.Ordinal);
}
