using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Refresh;

/// <summary>The outage rule and the data it reads: why each project is stale or failed.</summary>
public sealed class OutageCheckTests
{
    [Fact]
    public async Task Projects_whose_host_cannot_be_reached_make_an_outage_told_once_with_the_cause()
    {
        using var catalog = new TestCatalog();
        Directory.CreateDirectory(catalog.Projects);
        var host = $"127.0.0.1:{new Uri(FakeBalenaApi.UnreachableUrl()).Port}";
        for (var i = 1; i <= 5; i++)
        {
            File.WriteAllText(Path.Combine(catalog.Projects, $"p{i}.yml"), $"repository: git://{host}/o/p{i}\ncategory: media\n");
        }

        var result = await catalog.BuildAsync(catalog.Options with { Parallelism = 1 });

        Assert.All(result.Projects, p => Assert.Equal(SnapshotStatus.Failed, p.Status));
        Assert.All(result.Projects, p => Assert.Equal(new RefreshFailureKind?(RefreshFailureKind.Unreachable), p.Failure?.Kind));
        Assert.All(result.Projects, p => Assert.Equal(host, p.Failure!.Host));
        // The host was given up on after three failures in a row; the others were not asked.
        Assert.Equal(3, result.Totals.GitLsRemotes);
        var line = OutageCheck.Find(result, OutageCheck.DefaultMaxUnreachable);
        Assert.NotNull(line);
        Assert.StartsWith($"{host} could not be reached: ", line, StringComparison.Ordinal);
        Assert.Contains(result.Projects[0].Failure!.Cause, line, StringComparison.Ordinal);
        Assert.DoesNotContain("not tried again", line, StringComparison.Ordinal);
        Assert.Contains("5 of 5 projects", line, StringComparison.Ordinal);
        Assert.Null(OutageCheck.Find(result, 1.0));
        // Skipped projects carry the first failures' cause, so the five are one group with one cause.
        Assert.Equal([(host, result.Projects[0].Failure!.Cause, 5)], OutageCheck.Unreachable(result.Projects));
    }

    [SharedDataFact]
    public async Task A_few_unreachable_projects_among_many_do_not_stop_the_build()
    {
        using var catalog = new TestCatalog("balena-labs-projects__audio", "klutchell__balena-adguard");
        var host = $"127.0.0.1:{new Uri(FakeBalenaApi.UnreachableUrl()).Port}";
        File.WriteAllText(Path.Combine(catalog.Projects, "away.yml"), $"repository: git://{host}/o/away\ncategory: media\n");

        var result = await catalog.BuildAsync();

        Assert.Equal(RefreshFailureKind.Unreachable, result.Projects.Single(p => p.Entry.Slug == "away").Failure?.Kind);
        Assert.Null(OutageCheck.Find(result, OutageCheck.DefaultMaxUnreachable));
        Assert.NotNull(OutageCheck.Find(result, 0.2));
    }

    [SharedDataFact]
    public async Task A_GitHub_failure_that_shows_the_last_builds_metadata_marks_the_project_stale()
    {
        using var catalog = new TestCatalog("balena-labs-projects__audio");
        var first = await catalog.BuildAsync();

        catalog.GitHub.Fault = FakeGitHubFault.ServerError();
        var second = await catalog.BuildAsync();

        var audio = Assert.Single(second.Projects);
        Assert.Equal(SnapshotStatus.Stale, audio.Status);
        Assert.Equal(first.Projects[0].Commit, audio.Commit);
        Assert.Equal(42, audio.Record!.Metadata!.Stars);
        Assert.Contains(audio.Diagnostics, d => d.Code == DiagnosticCodes.GitHubUnavailable.Code && d.Message.EndsWith("the metadata from the last build is shown", StringComparison.Ordinal));
        Assert.Equal(RefreshFailureKind.GitHub, audio.Failure?.Kind);
        Assert.Contains("could not be refreshed from GitHub", audio.StaleReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_whose_repository_is_gone_is_not_an_outage()
    {
        using var catalog = new TestCatalog();
        Directory.CreateDirectory(catalog.Projects);
        File.WriteAllText(Path.Combine(catalog.Projects, "ghost.yml"), "repository: file:///nonexistent/owner/ghost\ncategory: media\n");

        var result = await catalog.BuildAsync();

        Assert.Equal(RefreshFailureKind.Repository, Assert.Single(result.Projects).Failure?.Kind);
        Assert.Null(OutageCheck.Find(result, 0));
    }

    [Theory]
    [InlineData("50%", 0.5)]
    [InlineData("50", 0.5)]
    [InlineData(" 0% ", 0.0)]
    [InlineData("100%", 1.0)]
    [InlineData("12.5%", 0.125)]
    [InlineData("150%", null)]
    [InlineData("-1%", null)]
    [InlineData("half", null)]
    public void Shares_are_read_as_percentages(string text, double? share) => Assert.Equal(share, OutageCheck.ParsePercent(text));
}
