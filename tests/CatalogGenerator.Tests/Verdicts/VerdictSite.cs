using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Verdicts;

/// <summary>
/// One catalog built once through the CLI for the verdict and clean-text tests: a project that works by default, one with
/// an error, one with no board balena knows, one with a setting to type in (the last two with their errors waived, so that
/// only the verdict's own rule can say no). The error project's manifest texts are full of invisible characters.
/// </summary>
public sealed class VerdictSite : IAsyncLifetime, IDisposable
{
    /// <summary>Each project and whether it works by default.</summary>
    public static readonly IReadOnlyDictionary<string, bool> Expected = new Dictionary<string, bool>
    {
        ["works"] = true,
        ["has-error"] = false,
        ["no-board"] = false,
        ["must-set"] = false,
    };

    /// <summary>Every character that must not reach a page: bidi controls, direction marks, a C0 and a C1 control, a zero-width space, a tag character.</summary>
    public const string Hidden = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u0007\u0085\u200B\U000E0041";

    private readonly TestCatalog _catalog = new();
    private readonly List<LocalGitRepository> _repositories = [];

    public string Output => Path.Combine(_catalog.Cache, "..", "_site");

    public string ConsoleText { get; private set; } = string.Empty;

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    public async Task InitializeAsync()
    {
        Add("works", Manifest("Works", "[raspberrypi4-64]", "    - GREETING: hello\n    - EMPTY: \"\""));
        // Hidden characters in every text the site shows: name, description, version, a setting's name and its default.
        Add("has-error", Manifest(
            "\\u202EHas\\u200F error\\a\\u2066", "[raspberrypi4-64, not-a-board]",
            "    - \"COLOUR\\u202E\": \"red\\u2067\\u200B\"", description: "\"Says \\u202Eolleh\\u202C\\u0085 twice\\U000E0041\"", version: "\"1.0.0\\u200E\""));
        Add("no-board", Manifest("No board", "[]", "    - GREETING: hello"),
            "allow:\n  CAT303: \"the board is chosen in the dashboard\"\n  CAT304: \"the board is chosen in the dashboard\"\n");
        Add("must-set", Manifest("Must set", "[raspberrypi4-64]", "    - GREETING: hello\n    - API_KEY:\n    - CITY: \"<your city>\""),
            "allow:\n  CAT400: \"the key is the maker's own\"\n");
        var root = Path.Combine(_catalog.Cache, "..", "root");
        FixtureSite.Write(root, "works");
        var (exit, console, error) = await CliRunner.RunAsync([
            "build", "--projects", _catalog.Projects, "--categories", Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml"),
            "--cache", _catalog.Cache, "--github-api-url", _catalog.GitHub.Url, "--site", Path.Combine(root, "site"), "--output", Output, "--no-search"]);
        ConsoleText = console + error;
        Assert.True(Directory.Exists(Output), $"exit {exit}: {ConsoleText}");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _catalog.Dispose();
        _repositories.ForEach(r => r.Dispose());
    }

    private static string Manifest(string name, string boards, string variables, string description = "A fixture project.", string version = "1.0.0") => $"""
        name: "{name}"
        type: sw.application
        description: {description}
        version: {version}
        data:
          defaultDeviceType: raspberrypi4-64
          supportedDeviceTypes: {boards}
          applicationEnvironmentVariables:
        {variables}
        """;

    private void Add(string slug, string manifest, string extra = "")
    {
        var repository = LocalGitRepository.Create();
        _repositories.Add(repository);
        repository.Write("balena.yml", manifest)
            .Write("docker-compose.yml", "services:\n  main:\n    image: alpine:3.20\n")
            .Write("README.md", $"# {slug}\n\nA fixture project.\n")
            .Commit();
        _catalog.Add(slug, repository, extra);
    }
}
