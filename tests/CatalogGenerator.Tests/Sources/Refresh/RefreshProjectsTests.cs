using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Refresh;

public sealed class RefreshProjectsTests
{
    private static readonly string[] Projects = ["balena-labs-projects__audio", "klutchell__balena-adguard", "balena-labs-projects__browser"];

    [SharedDataFact]
    public async Task A_second_build_of_unchanged_projects_fetches_nothing_and_asks_GitHub_only_conditionally()
    {
        using var catalog = new TestCatalog(Projects);

        var first = await catalog.BuildAsync();
        catalog.GitHub.ClearRequests();
        var logoRequests = catalog.Logos.Requests.Count;
        var second = await catalog.BuildAsync();

        Assert.All(first.Projects, p => Assert.Equal(SnapshotStatus.Fetched, p.Status));
        Assert.Equal(3, first.Totals.GitFetches);
        Assert.All(second.Projects, p => Assert.Equal(SnapshotStatus.Unchanged, p.Status));
        Assert.Equal(0, second.Totals.GitFetches);
        Assert.NotEmpty(catalog.GitHub.Requests);
        Assert.All(catalog.GitHub.Requests, r => Assert.Equal(304, r.Status));
        Assert.Equal(second.Totals.GitHubRequests, second.Totals.GitHubNotModified);
        Assert.Equal(logoRequests, catalog.Logos.Requests.Count);
        Assert.All(second.Projects, p => Assert.Equal(first.Projects.Single(f => f.Entry.Slug == p.Entry.Slug).Commit, p.Commit));
        Assert.All(second.Projects, p => Assert.Equal(42, p.Record!.Metadata!.Stars));
        Assert.All(second.Projects, p => Assert.NotNull(p.Record!.Logo));
    }

    [SharedDataFact]
    public async Task Snapshots_keep_what_the_manifest_says_but_not_the_texts_of_the_files_it_was_read_from()
    {
        using var catalog = new TestCatalog(Projects);

        var result = await catalog.BuildAsync();

        // A catalog of thousands of projects holds every snapshot until the site is written: the READMEs, compose
        // files and Dockerfiles were validated already and are read again from the cache when a page needs them.
        Assert.All(result.Projects, p =>
        {
            Assert.NotNull(p.Validation!.Manifest);
            Assert.Null(p.Validation.Project.Readme);
            Assert.Null(p.Validation.Project.Compose);
            Assert.Null(p.Validation.Project.Manifest);
            Assert.Empty(p.Validation.Project.Dockerfiles);
            Assert.EndsWith("balena.yml", p.Validation.Project.ManifestPath, StringComparison.Ordinal);
        });
    }

    [SharedDataFact]
    public async Task Changing_one_repository_refetches_that_one_only()
    {
        using var catalog = new TestCatalog(Projects);
        await catalog.BuildAsync();

        var audio = catalog.Repositories["audio"];
        var commit = audio.Write("README.md", "# Audio\n\nNew guide.\n").Commit("new guide");
        var second = await catalog.BuildAsync();

        Assert.Equal(1, second.Totals.GitFetches);
        var changed = second.Projects.Single(p => p.Entry.Slug == "audio");
        Assert.Equal(SnapshotStatus.Fetched, changed.Status);
        Assert.Equal(commit, changed.Commit);
        Assert.Equal("# Audio\n\nNew guide.\n", File.ReadAllText(Path.Combine(changed.FilesDirectory!, "README.md")));
        Assert.All(second.Projects.Where(p => p.Entry.Slug != "audio"), p => Assert.Equal(SnapshotStatus.Unchanged, p.Status));
    }

    [SharedDataFact]
    public async Task A_deleted_repository_keeps_its_last_good_snapshot_and_shows_the_error()
    {
        using var catalog = new TestCatalog(Projects);
        var first = await catalog.BuildAsync();

        catalog.Repositories["balena-adguard"].DeleteRepository();
        var second = await catalog.BuildAsync();

        var stale = second.Projects.Single(p => p.Entry.Slug == "balena-adguard");
        Assert.Equal(SnapshotStatus.Stale, stale.Status);
        Assert.Equal(first.Projects.Single(p => p.Entry.Slug == "balena-adguard").Commit, stale.Commit);
        Assert.Contains(stale.Diagnostics, d => d.Code == DiagnosticCodes.RepositoryNotFound.Code && d.File == "projects/balena-adguard.yml");
        Assert.Contains(stale.Diagnostics, d => d.Code == DiagnosticCodes.StaleSnapshot.Code);
        Assert.NotNull(stale.Validation?.Manifest);
        Assert.True(File.Exists(Path.Combine(stale.FilesDirectory!, "balena.yml")));
        Assert.True(second.Projects.Count(p => p.Status == SnapshotStatus.Unchanged) == 2, Describe(second));
    }

    private static string Describe(RefreshResult result) => string.Join("\n", result.Projects.Select(p =>
        $"{p.Entry.Slug}: {p.Status} {p.StaleReason} {string.Join("; ", p.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.Code + " " + d.Message))}"));

    [SharedDataFact]
    public async Task A_rate_limited_run_finishes_without_losing_projects()
    {
        using var catalog = new TestCatalog(Projects);
        await catalog.BuildAsync();

        catalog.GitHub.Fault = FakeGitHubFault.RateLimit(DateTimeOffset.UtcNow.AddHours(1));
        var second = await catalog.BuildAsync();

        // The findings say the last build's metadata is shown, so the status says stale, with the reason.
        Assert.All(second.Projects, p => Assert.Equal(SnapshotStatus.Stale, p.Status));
        Assert.All(second.Projects, p => Assert.Equal(RefreshFailureKind.GitHub, p.Failure?.Kind));
        Assert.All(second.Projects, p => Assert.Contains("from GitHub", p.StaleReason, StringComparison.Ordinal));
        Assert.All(second.Projects, p => Assert.DoesNotContain(p.Diagnostics, d => d.Code == DiagnosticCodes.StaleSnapshot.Code));
        Assert.All(second.Projects, p => Assert.Contains(p.Diagnostics, d => d.Code == DiagnosticCodes.GitHubRateLimited.Code));
        Assert.All(second.Projects, p => Assert.NotNull(p.Record!.Metadata));
        // Requests already in flight when the first 403 arrives may still go out; none after it.
        Assert.True(second.Totals.GitHubRequests <= Projects.Length, $"{second.Totals.GitHubRequests} requests after the limit was hit");
    }

    [SharedDataFact]
    public async Task GitHub_server_errors_and_slow_answers_cost_metadata_warnings_only()
    {
        using var catalog = new TestCatalog(Projects);
        catalog.GitHub.Fault = FakeGitHubFault.ServerError();

        var result = await catalog.BuildAsync();

        Assert.All(result.Projects, p => Assert.Equal(SnapshotStatus.Fetched, p.Status));
        Assert.All(result.Projects, p => Assert.Contains(p.Diagnostics, d => d.Code == DiagnosticCodes.GitHubUnavailable.Code));
    }

    [SharedDataFact]
    public async Task An_offline_build_uses_only_the_cache()
    {
        using var catalog = new TestCatalog(Projects);
        await catalog.BuildAsync();
        catalog.GitHub.ClearRequests();

        var offline = await catalog.BuildAsync(catalog.Options with { Offline = true });

        Assert.All(offline.Projects, p => Assert.Equal(SnapshotStatus.Unchanged, p.Status));
        Assert.Equal((0, 0, 0), (offline.Totals.GitLsRemotes, offline.Totals.GitFetches, offline.Totals.GitHubRequests));
        Assert.Empty(catalog.GitHub.Requests);
    }

    [SharedDataFact]
    public async Task A_project_never_fetched_fails_alone_and_the_others_build()
    {
        using var catalog = new TestCatalog(Projects);
        File.WriteAllText(Path.Combine(catalog.Projects, "ghost.yml"), "repository: file:///nonexistent/owner/ghost\ncategory: media\n");

        var result = await catalog.BuildAsync();

        var ghost = result.Projects.Single(p => p.Entry.Slug == "ghost");
        Assert.Equal(SnapshotStatus.Failed, ghost.Status);
        Assert.Contains(ghost.Diagnostics, d => d.Code == DiagnosticCodes.RepositoryNotFound.Code);
        Assert.Equal(3, result.Projects.Count(p => p.Status == SnapshotStatus.Fetched));
    }

    [SharedDataFact]
    public async Task A_commit_that_breaks_the_manifest_keeps_the_last_good_snapshot()
    {
        using var catalog = new TestCatalog(Projects);
        var first = await catalog.BuildAsync();

        catalog.Repositories["audio"].Write("balena.yml", "name: [broken\n").Commit("oops");
        var second = await catalog.BuildAsync();

        var audio = second.Projects.Single(p => p.Entry.Slug == "audio");
        Assert.Equal(SnapshotStatus.Stale, audio.Status);
        Assert.Equal(first.Projects.Single(p => p.Entry.Slug == "audio").Commit, audio.Commit);
        Assert.Contains(audio.Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntaxError.Code);
        Assert.Contains("cannot be read", audio.StaleReason, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task A_missing_manifest_path_is_reported_on_the_entry()
    {
        using var catalog = new TestCatalog();
        using var repository = LocalGitRepository.Create();
        repository.Write("README.md", "# Nothing here\n").Commit();
        catalog.Add("empty", repository, "manifest: deploy/balena.yml\n");

        var result = await catalog.BuildAsync();

        var empty = Assert.Single(result.Projects);
        Assert.Equal(SnapshotStatus.Failed, empty.Status);
        var missing = Assert.Single(empty.Diagnostics, d => d.Code == DiagnosticCodes.ManifestMissingAtPath.Code);
        Assert.Equal("projects/empty.yml", missing.File);
        Assert.Equal(3, missing.Span.Line);
    }
}
