using FleetCatalog.Search;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Search;

public sealed class PagefindToolTests
{
    [Fact]
    public void A_folder_without_its_package_list_skips_search_with_a_warning_that_says_what_to_do()
    {
        using var folder = new TempDirectory();

        var (tool, problem) = PagefindTool.Prepare(folder.Path);

        Assert.Null(tool);
        Assert.NotNull(problem);
        Assert.Equal("CAT831", problem.Code);
        Assert.Equal(FleetCatalog.Diagnostics.DiagnosticSeverity.Warning, problem.Severity);
        Assert.Contains("--no-search", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_folder_has_the_locked_version_installed_and_ready()
    {
        var (tool, problem) = PagefindTool.Prepare(Path.Combine(TestPaths.RepositoryRoot, "tools", "search"));

        Assert.Null(problem);
        Assert.NotNull(tool);
        Assert.True(File.Exists(tool.Script), tool.Script);
    }

    [Fact]
    public void An_installed_version_other_than_the_locked_one_is_not_used()
    {
        using var folder = new TempDirectory();
        FakePagefind.Create(folder, "process.exit(0);");
        File.WriteAllText(Path.Combine(folder.Path, "package-lock.json"), """{ "packages": { "node_modules/pagefind": { "version": "9.9.9" } } }""");

        var (tool, problem) = PagefindTool.Prepare(folder.Path);

        // npm ci then fails on this fake lockfile, and search is skipped rather than run with the wrong version.
        Assert.Null(tool);
        Assert.Equal("CAT831", problem?.Code);
    }

    [Fact]
    public void The_embedded_package_list_is_the_repository_one()
    {
        using var cache = new TempDirectory();
        using var empty = new TempDirectory();

        var folder = SearchToolFolder.Resolve(empty.Path, cache.Path);

        Assert.StartsWith(cache.Path, folder, StringComparison.Ordinal);
        foreach (var name in new[] { "package.json", "package-lock.json" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tools", "search", name)), File.ReadAllText(Path.Combine(folder, name)));
        }
    }

    [Fact]
    public void A_program_that_is_not_installed_is_reported_as_not_started()
    {
        var run = ToolProcess.Run("fleet-catalog-no-such-program", [], Path.GetTempPath(), TimeSpan.FromSeconds(5));

        Assert.False(run.Started);
        Assert.False(run.Succeeded);
    }
}
