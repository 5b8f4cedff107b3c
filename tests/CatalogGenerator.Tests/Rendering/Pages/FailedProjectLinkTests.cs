using System.Globalization;
using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Pages;

/// <summary>One broken repository never keeps the site from being published, even when learn pages link to its page.</summary>
public sealed class FailedProjectLinkTests
{
    [Fact]
    public async Task A_link_to_a_project_that_failed_is_a_warning_and_the_site_is_written()
    {
        using var catalog = new TestCatalog();
        using var good = LocalGitRepository.Create();
        good.Write("balena.yml", "name: Good\ntype: sw.application\ndata:\n  defaultDeviceType: raspberrypi4-64\n  supportedDeviceTypes: [raspberrypi4-64]\n").Commit();
        catalog.Add("good", good);
        File.WriteAllText(Path.Combine(catalog.Projects, "ghost.yml"), "repository: file:///nonexistent/owner/ghost\ncategory: media\n");
        var root = Path.Combine(catalog.Cache, "..", "root");
        FixtureSite.Write(root, "ghost");
        var output = Path.Combine(catalog.Cache, "..", "_site");

        var (exit, console, _) = await CliRunner.RunAsync([
            "build", "--projects", catalog.Projects, "--categories", Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml"),
            "--cache", catalog.Cache, "--github-api-url", catalog.GitHub.Url, "--site", Path.Combine(root, "site"), "--output", output]);

        Assert.True(exit == 0, console);
        Assert.True(console.Contains("warning CAT820", StringComparison.Ordinal), console);
        Assert.Contains("failed to build this time", console, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "projects", "good", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "projects", "ghost")));

        // The next build reads only the pages that changed for links and keeps the learn page's warning, worded once.
        var (again, next, _) = await CliRunner.RunAsync([
            "build", "--projects", catalog.Projects, "--categories", Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml"),
            "--cache", catalog.Cache, "--github-api-url", catalog.GitHub.Url, "--site", Path.Combine(root, "site"), "--output", output, "--timings"]);

        Assert.True(again == 0, next);
        var read = System.Text.RegularExpressions.Regex.Match(next, @"links [0-9.]+ s \(.*?(?<read>\d+) of (?<pages>\d+) pages read\)");
        Assert.True(read.Success, next);
        Assert.InRange(int.Parse(read.Groups["read"].Value, CultureInfo.InvariantCulture), 1, int.Parse(read.Groups["pages"].Value, CultureInfo.InvariantCulture) - 1);
        var warning = Assert.Single(next.Split('\n'), l => l.Contains("warning CAT820", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(warning, "failed to build this time"));
    }
}
