using System.Collections.Immutable;
using System.Diagnostics;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Caching;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Git;
using FleetCatalog.Sources.GitHub;
using FleetCatalog.Sources.Logos;

namespace FleetCatalog.Sources.Refresh;

/// <summary>
/// The sources stage: turns catalog entries into validated project snapshots, a few projects at a time.
/// Each project is refreshed on its own; whatever goes wrong with one becomes findings on that project
/// (and, when an earlier snapshot exists, a stale fallback), never an interruption of the others.
/// </summary>
internal sealed class RefreshProjects : IDisposable
{
    private readonly RefreshOptions _options;
    private readonly SnapshotCache _cache;
    private readonly GitClient _git;
    private readonly GitHubMetadataClient _github;
    private readonly HttpClient _http;
    private readonly LogoStore _logos;
    private readonly DeviceRegistry _devices;
    private int _logoDownloads;

    public RefreshProjects(RefreshOptions options, DeviceRegistry devices)
    {
        _options = options;
        // Dated here, so the validation memo's key (the registry's fingerprint) changes when a date passes.
        _devices = devices.AsOf(options.BuildDate);
        _cache = new SnapshotCache(options.CacheDirectory);
        _git = new GitClient(new GitOptions { Timeout = options.GitTimeout });
        _github = new GitHubMetadataClient(new GitHubMetadataOptions(_cache.GitHub)
        {
            ApiUrl = options.GitHubApiUrl ?? new Uri("https://api.github.com/"),
            Token = options.GitHubToken,
            MaxRateLimitWait = options.MaxRateLimitWait,
        });
        _http = LogoDownloader.CreateHttpClient();
        _logos = new LogoStore(_cache.Logos, new LogoDownloader(_http, new LogoDownloaderOptions { AllowInsecureLoopback = options.AllowInsecureLoopback }));
    }

    public async Task<RefreshResult> RunAsync(CatalogEntries entries, IRefreshProgress progress, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var results = new ProjectSnapshot[entries.Entries.Length];
        progress.Start(results.Length);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, results.Length), parallel, async (i, token) =>
        {
            var entry = entries.Entries[i];
            results[i] = await RefreshOneAsync(entry, entries.For(entry.File).ToImmutableArray(), token);
            progress.Done(entry.Slug, results[i].Status, results[i].Commit);
        });

        var projects = results.ToImmutableArray();
        var github = _github.Counts;
        var totals = new RefreshTotals(
            projects.Length,
            projects.Count(p => p.Status == SnapshotStatus.Fetched),
            projects.Count(p => p.Status == SnapshotStatus.Unchanged),
            projects.Count(p => p.Status == SnapshotStatus.Stale),
            projects.Count(p => p.Status == SnapshotStatus.Failed),
            _git.LsRemoteCalls,
            _git.Fetches,
            github.Sent,
            github.NotModified,
            github.RateLimited,
            _logoDownloads,
            clock.Elapsed);
        var files = entries.Entries.Select(e => e.File).ToHashSet(StringComparer.Ordinal);
        var own = entries.Diagnostics.Where(d => !files.Contains(d.File)).ToImmutableArray();
        return new RefreshResult(projects, own, totals);
    }

    private async Task<ProjectSnapshot> RefreshOneAsync(CatalogEntry entry, ImmutableArray<Diagnostic> entryFindings, CancellationToken cancellationToken)
    {
        var project = new ProjectRefresh(entry, entryFindings, _cache, _git, _github, _logos, _devices, _options);
        try
        {
            var snapshot = await project.RunAsync(cancellationToken);
            if (project.DownloadedLogo)
            {
                Interlocked.Increment(ref _logoDownloads);
            }

            return snapshot;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug must cost one project, not the catalog: it shows on the status page like any failure.
            return project.Fail(DiagnosticCodes.InternalError.Create(
                $"refreshing this project failed inside the catalog tool ({e.GetType().Name}: {e.Message}); this is a bug, please report it",
                entry.File, SourceSpan.None));
        }
    }

    public void Dispose()
    {
        _github.Dispose();
        _http.Dispose();
    }
}
