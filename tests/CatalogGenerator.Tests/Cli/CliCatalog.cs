using System.Text.RegularExpressions;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli;

/// <summary>
/// A small catalog for end-to-end CLI runs: an entries folder, a cache, named local git repositories (file://) and a
/// fake GitHub that knows them. <see cref="Normalize"/> turns what varies between runs (temp paths, commits, ports,
/// times) into fixed placeholders, so outputs can be compared with golden files.
/// </summary>
internal sealed partial class CliCatalog : IDisposable
{
    public const string Manifest = """
        name: Hello Sound
        type: sw.application
        description: Plays music through a speaker.
        version: 1.0.0
        data:
          defaultDeviceType: raspberrypi4-64
          supportedDeviceTypes:
            - raspberrypi4-64
            - raspberrypi3
          applicationEnvironmentVariables:
            - VOLUME: "75"
        """;

    private readonly TempDirectory _folder = new();
    private readonly List<LocalGitRepository> _repositories = [];

    public CliCatalog() => Directory.CreateDirectory(Projects);

    public FakeGitHub GitHub { get; } = new();

    public string Root => _folder.Path;

    public string Projects => Path.Combine(_folder.Path, "projects");

    public string Cache => Path.Combine(_folder.Path, "cache");

    public static string Categories => Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml");

    /// <summary>A repository at <c>…/OWNER/NAME</c> holding <paramref name="files"/>, committed, and known to the fake GitHub.</summary>
    public LocalGitRepository Repository(string owner, string name, params (string Path, string Text)[] files)
    {
        var repository = LocalGitRepository.Named(owner, name);
        foreach (var (path, text) in files)
        {
            repository.Write(path, text);
        }

        repository.Commit("first");
        _repositories.Add(repository);
        GitHub.Add(owner, name);
        return repository;
    }

    public string Entry(string slug, string text) => _folder.Write(Path.Combine("projects", slug + ".yml"), text);

    /// <summary>Runs the CLI with the catalog's folders and the fake GitHub (<paramref name="args"/> first).</summary>
    public Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        CliRunner.RunAsync([.. args, "--categories", Categories, "--cache", Cache, "--github-api-url", GitHub.Url]);

    public string Normalize(string text)
    {
        foreach (var repository in _repositories)
        {
            text = text.Replace(repository.Head, "<commit>", StringComparison.Ordinal).Replace(repository.Head[..7], "<commit>", StringComparison.Ordinal);
        }

        text = NamedRepository().Replace(text, "file:///<repos>/");
        text = text.Replace(_folder.Path, "<catalog>", StringComparison.Ordinal).Replace(GitHub.Url, "<github>/", StringComparison.Ordinal);
        text = Seconds().Replace(text, "in <time> s");
        return JsonSeconds().Replace(text, "\"seconds\": <time>");
    }

    public void Dispose()
    {
        foreach (var repository in _repositories)
        {
            repository.Dispose();
        }

        GitHub.Dispose();
        _folder.Dispose();
    }

    [GeneratedRegex(@"file:///[^\s'""]*?/named-[0-9a-f]{12}/")]
    private static partial Regex NamedRepository();

    [GeneratedRegex(@"in [0-9]+\.[0-9] s")]
    private static partial Regex Seconds();

    [GeneratedRegex(@"""seconds"": [0-9.]+")]
    private static partial Regex JsonSeconds();
}
