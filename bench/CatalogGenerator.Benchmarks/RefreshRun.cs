using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FleetCatalog.Devices;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Benchmarks;

/// <summary>
/// <c>--refresh N</c>: N local git repositories made from the corpus (file:// URLs, distinct slugs), a
/// loopback GitHub, then a cold refresh (empty cache) and unchanged refreshes, timed, with the requests made.
/// Image URLs in the manifests are pointed at a closed loopback port (refused without a request, being
/// plain http) so that nothing leaves the machine.
/// </summary>
internal static partial class RefreshRun
{
    public static async Task<int> RunAsync(string? corpus, int count, int passes)
    {
        corpus = Corpus.Find(corpus);
        var root = Path.Combine(Path.GetTempPath(), "fleet-catalog-bench", Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var projects = Path.Combine(root, "projects");
            Directory.CreateDirectory(projects);
            var sources = Directory.GetDirectories(corpus).Order(StringComparer.Ordinal).ToArray();
            var setup = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                var slug = $"project-{i:D5}";
                var repository = Path.Combine(root, "repos", "bench", slug);
                CreateRepository(sources[i % sources.Length], repository);
                File.WriteAllText(Path.Combine(projects, slug + ".yml"), $"repository: {new Uri(repository).AbsoluteUri}\ncategory: media\n");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} repositories created from {corpus} in {setup.Elapsed.TotalSeconds:0.0} s"));
            var categories = Path.Combine(Corpus.RepositoryRoot(), CategoryList.DefaultFile);
            var entries = CatalogEntryLoader.LoadAll(projects, CategoryList.Load(categories).Categories!);
            using var github = new LoopbackGitHub();
            var options = new RefreshOptions(Path.Combine(root, "cache"), GitHubApiUrl: github.Url);

            Report("cold (empty cache)", await TimeAsync(options, entries), github.TakeCounts());
            var unchanged = new List<(RefreshResult Result, (int, int) Counts)>();
            for (var pass = 0; pass < passes; pass++)
            {
                unchanged.Add((await TimeAsync(options, entries), github.TakeCounts()));
            }

            var median = unchanged.OrderBy(u => u.Result.Totals.Elapsed).ElementAt(unchanged.Count / 2);
            Report($"unchanged (median of {passes})", median.Result, median.Counts);
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<RefreshResult> TimeAsync(RefreshOptions options, CatalogEntries entries)
    {
        using var refresh = new RefreshProjects(options, DeviceRegistry.Default);
        return await refresh.RunAsync(entries, new SilentRefreshProgress());
    }

    private static void Report(string name, RefreshResult result, (int Requests, int NotModified) github)
    {
        var t = result.Totals;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {t.Elapsed.TotalSeconds:0.00} s; {t.Fetched} fetched, {t.Unchanged} unchanged, {t.Stale} stale, {t.Failed} failed; "
            + $"git {t.GitLsRemotes} ls-remote + {t.GitFetches} fetches; GitHub {github.Requests} requests, {github.NotModified} answered 304"));
        foreach (var failed in result.Projects.Where(p => p.Status == SnapshotStatus.Failed).Take(3))
        {
            Console.WriteLine($"  failed {failed.Entry.Slug}: {failed.Diagnostics.FirstOrDefault(d => d.Severity == Diagnostics.DiagnosticSeverity.Error)?.Message}");
        }
    }

    /// <param name="transform">Changes a file's text (name, text) before the commit; null keeps every file but the manifest as it is.</param>
    internal static void CreateRepository(string source, string repository, Func<string, string, string>? transform = null)
    {
        Directory.CreateDirectory(repository);
        foreach (var file in Directory.EnumerateFiles(source).Where(f => Path.GetFileName(f) != "SOURCE.txt"))
        {
            var text = transform is null ? File.ReadAllText(file) : transform(Path.GetFileName(file), File.ReadAllText(file));
            File.WriteAllText(Path.Combine(repository, Path.GetFileName(file)), Path.GetFileName(file) == "balena.yml" ? ImageUrl().Replace(text, "http://127.0.0.1:9/logo.png") : text);
        }

        Git(repository, "init", "--quiet", "--initial-branch=main");
        Git(repository, "config", "uploadpack.allowFilter", "true");
        Git(repository, "config", "uploadpack.allowAnySHA1InWant", "true");
        Git(repository, "add", "--all");
        Git(repository, "-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "--quiet", "-m", "import");
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {process.StandardError.ReadToEnd()}");
        }
    }

    [GeneratedRegex(@"https?://[^\s'""]+\.(png|svg|jpg|jpeg|webp)", RegexOptions.IgnoreCase)]
    private static partial Regex ImageUrl();
}
