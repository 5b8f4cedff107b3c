using System.Text.RegularExpressions;
using FleetCatalog.Devices;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Refresh;
using FleetCatalog.Tests.Sources.Logos;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Refresh;

/// <summary>
/// A catalog for end-to-end tests: real git repositories made from corpus projects (reached by file://),
/// a GitHub-compatible server on loopback that knows each of them, a loopback logo server, an entries
/// folder and a cache. Nothing leaves the machine: every logo URL is rewritten to the loopback server.
/// </summary>
internal sealed partial class TestCatalog : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly Dictionary<string, LocalGitRepository> _repositories = new(StringComparer.Ordinal);

    public TestCatalog(params string[] corpusProjects)
    {
        Logos.File("/logo.png", TestImages.Png(512, 512), etag: "\"logo-1\"", contentType: "image/png");
        foreach (var project in corpusProjects)
        {
            var repository = LocalGitRepository.FromCorpus(project);
            var manifest = Path.Combine(repository.Path, "balena.yml");
            repository.Write("balena.yml", ExternalImage().Replace(File.ReadAllText(manifest), Logos.Url("/logo.png").AbsoluteUri)).Commit("logo on loopback");
            Add(Slug(project), repository);
        }
    }

    public FakeGitHub GitHub { get; } = new();

    public LogoServer Logos { get; } = new();

    public string Projects => Path.Combine(_folder.Path, "projects");

    public string Cache => Path.Combine(_folder.Path, "cache");

    public IReadOnlyDictionary<string, LocalGitRepository> Repositories => _repositories;

    public RefreshOptions Options => new(Cache, GitHubApiUrl: GitHub.ApiUrl) { MaxRateLimitWait = TimeSpan.FromSeconds(2), AllowInsecureLoopback = true };

    /// <summary>Lists <paramref name="repository"/> in the catalog as <paramref name="slug"/>, and on the fake GitHub.</summary>
    public void Add(string slug, LocalGitRepository repository, string extra = "")
    {
        _repositories[slug] = repository;
        Directory.CreateDirectory(Projects);
        File.WriteAllText(Path.Combine(Projects, slug + ".yml"), $"repository: {repository.Url}\ncategory: media\n{extra}");
        var segments = repository.Path.TrimEnd('/').Split('/');
        GitHub.Add(segments[^2], segments[^1]);
    }

    public async Task<RefreshResult> BuildAsync(RefreshOptions? options = null, DeviceRegistry? devices = null)
    {
        var categories = CategoryList.Load(Path.Combine(TestPaths.RepositoryRoot, CategoryList.DefaultFile)).Categories!;
        using var refresh = new RefreshProjects(options ?? Options, devices ?? DeviceRegistry.Default);
        return await refresh.RunAsync(CatalogEntryLoader.LoadAll(Projects, categories), new SilentRefreshProgress());
    }

    public void Dispose()
    {
        foreach (var repository in _repositories.Values)
        {
            repository.Dispose();
        }

        GitHub.Dispose();
        Logos.Dispose();
        _folder.Dispose();
    }

    private static string Slug(string corpusProject) => corpusProject[(corpusProject.IndexOf("__", StringComparison.Ordinal) + 2)..].ToLowerInvariant();

    [GeneratedRegex(@"https?://[^\s'""]+\.(png|svg|jpg|jpeg|webp)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalImage();
}
