using System.Text.Json;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

public sealed class ValidateEntryTests
{
    // A variable without a default (error), no logo (warning) and no description (waived below): findings in the manifest.
    private const string Manifest = """
        name: Hello Sound
        type: sw.application
        data:
          defaultDeviceType: raspberrypi4-64
          supportedDeviceTypes:
            - raspberrypi4-64
          applicationEnvironmentVariables:
            - VOLUME: "75"
            - API_KEY:
        """;

    // A guide that is not in the repository (CAT711, a warning on the guide line) and a waiver (CAT610 info in the manifest).
    private const string Entry = """
        repository: {0}
        category: media
        guide: GUIDE.md
        allow:
          CAT207: "the README says what it does"
        """;

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("github")]
    [InlineData("sarif")]
    public async Task Each_format_reports_the_entry_and_the_project_findings_in_their_own_files(string format)
    {
        using var catalog = new CliCatalog();
        var entry = Prepare(catalog);

        var (exit, output, error) = await catalog.RunAsync("validate", entry, "--format", format);

        Assert.Equal(1, exit);
        Assert.Empty(error);
        Golden.Verify(catalog.Normalize(output), $"Cli/validate-entry.{format}.txt");
    }

    [Fact]
    public async Task Findings_point_at_the_entry_line_and_the_manifest_line()
    {
        using var catalog = new CliCatalog();
        var entry = Prepare(catalog);

        var (_, output, _) = await catalog.RunAsync("validate", entry, "--format", "json");

        using var json = JsonDocument.Parse(output);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        var guide = diagnostics.Single(d => d.GetProperty("code").GetString() == "CAT711");
        Assert.Equal(entry.Replace('\\', '/'), guide.GetProperty("file").GetString());
        Assert.Equal(3, guide.GetProperty("line").GetInt32());
        var missing = diagnostics.Single(d => d.GetProperty("code").GetString() == "CAT400");
        Assert.Equal("example/hello-sound:balena.yml", missing.GetProperty("file").GetString());
        Assert.Equal(9, missing.GetProperty("line").GetInt32());
        Assert.Contains(diagnostics, d => d.GetProperty("code").GetString() == "CAT610");
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }

    [Fact]
    public async Task Offline_uses_the_cache_the_first_run_filled()
    {
        using var catalog = new CliCatalog();
        var entry = Prepare(catalog);
        var (_, online, _) = await catalog.RunAsync("validate", entry);

        var (exit, offline, error) = await catalog.RunAsync("validate", entry, "--offline");

        Assert.Equal(1, exit);
        Assert.Empty(error);
        Assert.Equal(online, offline);
    }

    [Fact]
    public async Task An_entry_error_is_reported_without_fetching_and_exits_1()
    {
        using var catalog = new CliCatalog();
        var entry = catalog.Entry("hello", "repository: https://github.com/example/hello\ncategory: musik\n");

        var (exit, output, _) = await catalog.RunAsync("validate", entry);

        Assert.Equal(1, exit);
        Assert.Contains("hello.yml(2,11): error CAT602:", output, StringComparison.Ordinal);
        Assert.Empty(catalog.GitHub.Requests);
    }

    [Fact]
    public async Task A_repository_another_entry_lists_is_caught_as_the_build_catches_it()
    {
        using var catalog = new CliCatalog();
        catalog.Entry("a-first", "repository: https://github.com/example/hello\ncategory: media\n");
        var second = catalog.Entry("b-second", "repository: git@github.com:Example/hello.git\ncategory: media\n");

        var (exit, output, _) = await catalog.RunAsync("validate", second);

        Assert.Equal(1, exit);
        Assert.Contains("error CAT608: repository 'git@github.com:Example/hello.git' is already listed by 'projects/a-first.yml'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_category_list_exits_2()
    {
        using var catalog = new CliCatalog();
        var entry = catalog.Entry("hello", "repository: https://github.com/example/hello\n");

        var (exit, _, error) = await CliRunner.RunAsync(["validate", entry, "--categories", Path.Combine(catalog.Root, "none.yml")]);

        Assert.Equal(2, exit);
        Assert.Contains("none.yml", error, StringComparison.Ordinal);
    }

    private static string Prepare(CliCatalog catalog)
    {
        var repository = catalog.Repository("example", "hello-sound", ("balena.yml", Manifest), ("README.md", "# Hello\n"));
        return catalog.Entry("hello-sound", Entry.Replace("{0}", repository.Url, StringComparison.Ordinal));
    }
}
