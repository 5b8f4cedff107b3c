using FleetCatalog.Sources.Caching;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

public sealed class AddCommandTests
{
    private const string Readme = "# Hello Sound\n\nTurns a Raspberry Pi into a music player for your speakers.\n";

    [Fact]
    public async Task Add_writes_the_entry_and_prints_what_it_found_and_the_next_steps()
    {
        using var catalog = new CliCatalog();
        var repository = catalog.Repository("example", "hello-sound", ("balena.yml", CliCatalog.Manifest), ("README.md", Readme));
        catalog.GitHub["example/hello-sound"].Topics = ["balena", "audio", "music-player"];

        var (exit, output, error) = await catalog.RunAsync("add", repository.Url + "/", "--projects", catalog.Projects);

        Assert.True(exit == 0, output + error);
        Assert.Empty(error);
        var written = File.ReadAllText(Path.Combine(catalog.Projects, "hello-sound.yml"));
        Assert.StartsWith("# yaml-language-server: $schema=https://fleet-catalog.example.org/schemas/catalog-entry.schema.json\n", written, StringComparison.Ordinal);
        Golden.Verify(catalog.Normalize($"{output}--- projects/hello-sound.yml ---\n{written}"), "Cli/add-success.txt");
    }

    [Fact]
    public async Task The_written_entry_validates_as_the_build_would()
    {
        using var catalog = new CliCatalog();
        var repository = catalog.Repository("example", "hello-sound", ("balena.yml", CliCatalog.Manifest), ("README.md", Readme));
        await catalog.RunAsync("add", repository.Url, "--projects", catalog.Projects);

        var (exit, output, error) = await catalog.RunAsync("validate", Path.Combine(catalog.Projects, "hello-sound.yml"));

        Assert.True(exit == 0, output + error);
        Assert.Contains("hello-sound.yml, example/hello-sound:balena.yml: no errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_with_errors_is_still_written_so_the_contributor_can_fix_and_revalidate_but_exits_1()
    {
        using var catalog = new CliCatalog();
        var broken = CliCatalog.Manifest.Replace("VOLUME: \"75\"", "API_KEY:", StringComparison.Ordinal);
        var repository = catalog.Repository("example", "hello-sound", ("balena.yml", broken), ("README.md", Readme));

        var (exit, output, _) = await catalog.RunAsync("add", repository.Url, "--projects", catalog.Projects, "--category", "media", "--slug", "speaker");

        Assert.Equal(1, exit);
        Assert.Contains("works by default: no, 1 error to fix", output, StringComparison.Ordinal);
        Assert.Contains("example/hello-sound:balena.yml(11,7): error CAT400", output, StringComparison.Ordinal);
        Assert.Contains("\ncategory: media\n", File.ReadAllText(Path.Combine(catalog.Projects, "speaker.yml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  supportedDeviceTypes:\n    - raspberrypi4-64\n    - raspberrypi3\n", "", "no board balena knows")]
    [InlineData("VOLUME: \"75\"", "VOLUME: \"changeme\"", "1 setting you must set")]
    public async Task Works_by_default_is_the_one_verdict_with_its_reasons(string replaced, string by, string reason)
    {
        using var catalog = new CliCatalog();
        var manifest = CliCatalog.Manifest.Replace(replaced, by, StringComparison.Ordinal);
        Assert.NotEqual(CliCatalog.Manifest, manifest);
        var repository = catalog.Repository("example", "hello-sound", ("balena.yml", manifest), ("README.md", Readme));

        var (_, output, error) = await catalog.RunAsync("add", repository.Url, "--projects", catalog.Projects, "--category", "media");

        var verdict = output.Split('\n').Single(l => l.StartsWith("  works by default: ", StringComparison.Ordinal));
        Assert.StartsWith("  works by default: no, ", verdict, StringComparison.Ordinal);
        Assert.Contains(reason, verdict, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task The_same_repository_in_another_spelling_is_refused_naming_the_entry()
    {
        using var catalog = new CliCatalog();
        catalog.Entry("hello", "repository: https://github.com/Example/Hello.git\ncategory: media\n");

        var (exit, output, error) = await catalog.RunAsync("add", "git@github.com:example/hello.git", "--projects", catalog.Projects);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Single(Directory.GetFiles(catalog.Projects));
        Assert.Empty(catalog.GitHub.Requests);
        Golden.Verify(catalog.Normalize(error), "Cli/add-duplicate-url.txt");
    }

    [Fact]
    public async Task A_fork_of_a_listed_repository_is_refused()
    {
        using var catalog = new CliCatalog();
        var original = catalog.GitHub.Add("balena-labs-projects", "audio");
        catalog.GitHub.Add("someone", "audio").ForkOf(original);
        catalog.Entry("audio", "repository: https://github.com/balena-labs-projects/audio\ncategory: media\n");

        var (exit, _, error) = await catalog.RunAsync("add", "https://www.github.com/someone/audio/", "--projects", catalog.Projects);

        Assert.Equal(1, exit);
        Assert.Single(Directory.GetFiles(catalog.Projects));
        Golden.Verify(catalog.Normalize(error), "Cli/add-duplicate-fork.txt");
    }

    [Fact]
    public async Task A_repository_whose_fork_is_listed_is_refused()
    {
        using var catalog = new CliCatalog();
        var original = catalog.GitHub.Add("balena-labs-projects", "audio");
        catalog.GitHub.Add("someone", "audio").ForkOf(original);
        catalog.Entry("audio", "repository: https://github.com/someone/audio\ncategory: media\n");

        var (exit, _, error) = await catalog.RunAsync("add", "https://github.com/balena-labs-projects/audio", "--projects", catalog.Projects);

        Assert.Equal(1, exit);
        Golden.Verify(catalog.Normalize(error), "Cli/add-duplicate-listed-fork.txt");
    }

    [Fact]
    public async Task An_old_url_that_GitHub_redirects_to_a_listed_repository_is_refused()
    {
        using var catalog = new CliCatalog();
        catalog.GitHub.Add("new-owner", "hello");
        catalog.GitHub.Redirect("old-owner", "hello", "new-owner", "hello");
        catalog.Entry("hello", "repository: https://github.com/new-owner/hello\ncategory: media\n");

        var (exit, _, error) = await catalog.RunAsync("add", "https://github.com/old-owner/hello", "--projects", catalog.Projects);

        Assert.Equal(1, exit);
        Golden.Verify(catalog.Normalize(error), "Cli/add-duplicate-old-url.txt");
    }

    [Fact]
    public async Task An_unreachable_repository_writes_nothing_and_exits_2()
    {
        using var catalog = new CliCatalog();
        var missing = new Uri(Path.Combine(catalog.Root, "nobody", "missing")).AbsoluteUri;

        var (exit, output, error) = await catalog.RunAsync("add", missing, "--projects", catalog.Projects);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Empty(Directory.GetFiles(catalog.Projects));
        Golden.Verify(catalog.Normalize(error), "Cli/add-unreachable.txt");
    }

    [Fact]
    public async Task An_existing_entry_file_is_never_overwritten()
    {
        using var catalog = new CliCatalog();
        var repository = catalog.Repository("example", "hello-sound", ("balena.yml", CliCatalog.Manifest), ("README.md", Readme));
        var existing = catalog.Entry("speaker", "repository: https://github.com/example/other\ncategory: media\n");

        var (exit, _, error) = await catalog.RunAsync("add", repository.Url, "--projects", catalog.Projects, "--slug", "speaker");

        Assert.Equal(1, exit);
        Assert.Contains("speaker.yml already exists", error, StringComparison.Ordinal);
        Assert.Equal("repository: https://github.com/example/other\ncategory: media\n", File.ReadAllText(existing));
    }

    [Fact]
    public async Task A_detected_slug_taken_by_another_entry_gets_the_owner_added()
    {
        using var catalog = new CliCatalog();
        var repository = catalog.Repository("example", "hello-sound", ("balena.yml", CliCatalog.Manifest), ("README.md", Readme));
        catalog.Entry("hello-sound", "repository: https://github.com/someone/else\ncategory: media\n");

        var (exit, output, error) = await catalog.RunAsync("add", repository.Url, "--projects", catalog.Projects);

        Assert.True(exit == 0, output + error);
        Assert.True(File.Exists(Path.Combine(catalog.Projects, "hello-sound-example.yml")));
        // The fetch was cached under a free slug: the listed entry's cache slot is left alone.
        Assert.Null(new SnapshotCache(catalog.Cache).Load<SnapshotRecord>("hello-sound"));
    }
}
