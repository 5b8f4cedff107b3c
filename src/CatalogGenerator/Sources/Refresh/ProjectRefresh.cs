using System.Collections.Immutable;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Sources.Caching;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Sources.Git;
using FleetCatalog.Sources.GitHub;
using FleetCatalog.Sources.Logos;
using FleetCatalog.Validation;

namespace FleetCatalog.Sources.Refresh;

/// <summary>
/// Refreshes one project: resolve its ref with <c>git ls-remote</c>; reuse the cached snapshot when the
/// commit is the same, else fetch only the files the catalog reads; ask GitHub for metadata with ETags;
/// validate; fetch the logo; publish the new snapshot. Any failure falls back on the last good snapshot.
/// </summary>
internal sealed class ProjectRefresh(
    CatalogEntry entry,
    ImmutableArray<Diagnostic> entryFindings,
    SnapshotCache cache,
    GitClient git,
    GitHubMetadataClient github,
    LogoStore logos,
    DeviceRegistry devices,
    RefreshOptions options)
{
    private readonly List<Diagnostic> _findings = [.. entryFindings];
    private (SnapshotRecord Record, string Directory)? _cached;
    private RefreshFailure? _failure;
    private RefreshFailure? _oldMetadata;

    public bool DownloadedLogo { get; private set; }

    public async Task<ProjectSnapshot> RunAsync(CancellationToken cancellationToken)
    {
        if (entryFindings.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return Finish(SnapshotStatus.Failed, null, null, null, null);
        }

        _cached = cache.Load<SnapshotRecord>(entry.Slug) is { } hit && SameSource(hit.Snapshot) ? hit : null;
        if (options.Offline)
        {
            return _cached is { } offline
                ? Finish(SnapshotStatus.Unchanged, offline.Record, offline.Directory, Validate(offline.Record, offline.Directory), null)
                : Fail(DiagnosticCodes.FetchFailed.Create(
                    "the build is offline and this project was never fetched into the cache; run a build online once", entry.File, entry.SpanOf("repository")),
                    failure: new(RefreshFailureKind.Offline, null, "offline, and not in the cache"));
        }

        var resolved = await git.ResolveAsync(entry.Repository, entry.Ref, cancellationToken);
        if (!resolved.Succeeded)
        {
            return FailGit(resolved.Failure!);
        }

        var metadata = await MetadataAsync(cancellationToken);
        var commit = resolved.Commit!;
        string directory;
        string? staging = null;
        if (_cached is { } same && same.Record.Commit == commit)
        {
            directory = same.Directory;
        }
        else
        {
            staging = cache.CreateStaging(entry.Slug);
            var fetched = await git.FetchAsync(entry.Repository, commit, SparsePatterns.For(entry.ManifestPath, entry.GuidePath), FilesOf(staging), cancellationToken);
            if (!fetched.Succeeded)
            {
                cache.Discard(staging);
                return FailGit(fetched.Failure!);
            }

            directory = staging;
        }

        var record = new SnapshotRecord(
            entry.Slug, entry.Repository, entry.Ref, commit, resolved.DefaultBranch ?? metadata?.DefaultBranch,
            staging is null ? _cached!.Value.Record.FetchedAt : DateTimeOffset.UtcNow, entry.ManifestPath, entry.GuidePath,
            metadata, _cached?.Record.Logo);
        if (!File.Exists(Path.Combine(FilesOf(directory), entry.ManifestPath)))
        {
            Discard(staging);
            return Fail(DiagnosticCodes.ManifestMissingAtPath.Create(
                $"the repository has no '{entry.ManifestPath}' at commit {Short(commit)}; set 'manifest:' in the entry to where the balena.yml is",
                entry.File, entry.SpanOf("manifest")), failure: new(RefreshFailureKind.Manifest, null, $"no {entry.ManifestPath}"));
        }

        var validation = Validate(record, directory);
        if (validation.Manifest is null)
        {
            // An unreadable manifest is a failed refresh: the last good snapshot stays on show.
            Discard(staging);
            _findings.AddRange(validation.Diagnostics);
            return Fail(null, $"the manifest at commit {Short(commit)} cannot be read", new(RefreshFailureKind.Manifest, null, "the manifest cannot be read"));
        }

        record = record with { Logo = await LogoAsync(validation, commit, cancellationToken) };
        var published = staging is null ? cache.Update(entry.Slug, directory, record) : cache.Publish(entry.Slug, staging, record);
        if (_oldMetadata is { } old)
        {
            // The findings say the last build's metadata is shown; the status says the same.
            _failure = old;
            return Finish(SnapshotStatus.Stale, record, published, validation, "its stars, licence and latest release could not be refreshed from GitHub, so the last build's are shown");
        }

        return Finish(staging is null ? SnapshotStatus.Unchanged : SnapshotStatus.Fetched, record, published, validation, null);
    }

    /// <summary>Failure: the last good snapshot with the reason (stale), or nothing (failed).</summary>
    public ProjectSnapshot Fail(Diagnostic? finding, string? reason = null, RefreshFailure? failure = null)
    {
        if (finding is not null)
        {
            _findings.Add(finding);
        }

        reason ??= finding?.Message ?? "the refresh failed";
        _failure = failure ?? new(RefreshFailureKind.Other, null, reason);
        if (_cached is not { } last)
        {
            return Finish(SnapshotStatus.Failed, null, null, null, null);
        }

        _findings.Add(DiagnosticCodes.StaleSnapshot.Create(
            $"showing the snapshot of commit {Short(last.Record.Commit)} from {last.Record.FetchedAt:yyyy-MM-dd}, because {reason}",
            entry.File, SourceSpan.None));
        return Finish(SnapshotStatus.Stale, last.Record, last.Directory, Validate(last.Record, last.Directory), reason);
    }

    private ProjectSnapshot Finish(SnapshotStatus status, SnapshotRecord? record, string? directory, ValidationResult? validation, string? reason)
    {
        var all = validation is null ? _findings : [.. validation.Diagnostics.Select(Prefix), .. _findings];
        var waived = Waivers.Apply([.. all.Distinct()], entry);
        // The site needs what the manifest says, not the files it was read from: kept, every README, compose file
        // and Dockerfile of a 10,000-project catalog stayed in memory until the build ended.
        var kept = validation is null ? null : validation with { Project = validation.Project.WithoutFiles() };
        return new ProjectSnapshot(entry, status, record, directory is null ? null : FilesOf(directory), kept, waived, reason)
        {
            Failure = status is SnapshotStatus.Stale or SnapshotStatus.Failed ? _failure ?? new(RefreshFailureKind.Other, null, "the entry has errors") : null,
        };
    }

    private ValidationResult Validate(SnapshotRecord record, string directory)
    {
        var root = FilesOf(directory);
        if (!File.Exists(Path.Combine(root, entry.GuidePath)))
        {
            _findings.Add(DiagnosticCodes.GuideMissing.Create(
                $"the repository has no '{entry.GuidePath}', so the project page has no guide; set 'guide:' in the entry to the Markdown file to show",
                entry.File, entry.SpanOf("guide")));
        }

        var remote = record.Metadata is { } m ? new RemoteRepository(m.DefaultBranch, m.Archived, m.HtmlUrl) : null;
        var key = ValidationMemo.Key(record.Commit, entry.Repository, ManifestFolder, ManifestName, remote, devices);
        if (ValidationMemo.Load(directory, key) is { } kept)
        {
            var manifestOnly = ProjectLoader.ManifestFromDirectory(Path.Combine(root, ManifestFolder), entry.Repository, ManifestName) with { Remote = remote };
            if (ManifestValidator.ReadManifest(manifestOnly) is { } manifest)
            {
                return new ValidationResult(manifestOnly, manifest, kept);
            }
        }

        var input = ProjectLoader.FromDirectory(Path.Combine(root, ManifestFolder), entry.Repository, ManifestName) with { Remote = remote };
        var validation = new ManifestValidator(devices).Validate(input);
        if (validation.Manifest is not null)
        {
            ValidationMemo.Save(directory, key, validation.Diagnostics);
        }

        return validation;
    }

    private async Task<RepositoryMetadata?> MetadataAsync(CancellationToken cancellationToken)
    {
        if (!GitHubRepositoryName.TryGet(entry.Repository, options.GitHubApiUrl, out var owner, out var name))
        {
            return null;
        }

        var result = await github.GetAsync(owner, name, cancellationToken);
        if (result.Succeeded)
        {
            return result.Metadata;
        }

        var failure = result.Failure!;
        var kept = _cached?.Record.Metadata;
        var fallback = kept is null ? "the project is shown without stars, topics and licence" : "the metadata from the last build is shown";
        var code = failure.Kind == GitHubFailureKind.RateLimited ? DiagnosticCodes.GitHubRateLimited : DiagnosticCodes.GitHubUnavailable;
        _oldMetadata = kept is null ? null : new(RefreshFailureKind.GitHub, (options.GitHubApiUrl ?? GitHubMetadataOptions.DefaultApiUrl).Host, failure.Message);
        _findings.Add(code.Create($"{failure.Message}; {fallback}", entry.File, entry.SpanOf("repository")));
        return kept;
    }

    private async Task<SnapshotLogo?> LogoAsync(ValidationResult validation, string commit, CancellationToken cancellationToken)
    {
        var logo = validation.Manifest?.Logo?.Url;
        if (logo?.Text is not { } text || !Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            return null;
        }

        var result = await logos.GetAsync(entry.Slug, url, commit, options.Offline, cancellationToken);
        DownloadedLogo = result.Requested;
        if (result.Status is LogoResultStatus.Failed or LogoResultStatus.Stale && result.Message is { } message)
        {
            _findings.Add(DiagnosticCodes.LogoInvalid.Create(message, Prefix(validation.Project.ManifestPath), logo.Span));
        }

        return result is { FileName: { } file, Image: { } image }
            ? new SnapshotLogo(text, file, image.Format.ToString().ToLowerInvariant(), image.Width, image.Height)
            : null;
    }

    private ProjectSnapshot FailGit(GitFailure failure)
    {
        var unreachable = failure.Kind is GitFailureKind.Unreachable or GitFailureKind.Timeout;
        return Fail(GitFinding(failure), null, new(
            unreachable ? RefreshFailureKind.Unreachable : RefreshFailureKind.Repository, GitClient.HostOf(entry.Repository), GitFailures.Cause(failure)));
    }

    private Diagnostic GitFinding(GitFailure failure)
    {
        var code = failure.Kind switch
        {
            GitFailureKind.NotFound or GitFailureKind.AuthenticationRequired => DiagnosticCodes.RepositoryNotFound,
            GitFailureKind.Timeout => DiagnosticCodes.FetchTimedOut,
            GitFailureKind.TooLarge => DiagnosticCodes.FetchTooLarge,
            GitFailureKind.RefNotFound => DiagnosticCodes.RefNotFound,
            _ => DiagnosticCodes.FetchFailed,
        };
        var key = failure.Kind == GitFailureKind.RefNotFound ? "ref" : "repository";
        return code.Create(failure.Message, entry.File, entry.SpanOf(key));
    }

    // A snapshot of the repository the entry named before it was pointed elsewhere is no fallback.
    private bool SameSource(SnapshotRecord record) =>
        record.Repository == entry.Repository || RepositoryUrl.AreSame(record.Repository, entry.Repository);

    // A manifest in a subfolder (apps/sound/balena.yml) is validated with its folder as the project;
    // one in .balena/ belongs to the repository root (and is reported as misplaced there).
    private string ManifestFolder =>
        Path.GetDirectoryName(entry.ManifestPath) is { Length: > 0 } folder && !folder.StartsWith(".balena", StringComparison.Ordinal) ? folder : string.Empty;

    private string ManifestName => ManifestFolder.Length == 0 ? entry.ManifestPath : Path.GetFileName(entry.ManifestPath);

    private Diagnostic Prefix(Diagnostic d) => ManifestFolder.Length == 0 || d.File == entry.File ? d : d with { File = Prefix(d.File) };

    private string Prefix(string file) => ManifestFolder.Length == 0 ? file : $"{ManifestFolder.Replace('\\', '/')}/{file}";

    private void Discard(string? staging)
    {
        if (staging is not null)
        {
            cache.Discard(staging);
        }
    }

    private static string FilesOf(string snapshotDirectory) => Path.Combine(snapshotDirectory, "files");

    private static string Short(string commit) => commit.Length > 7 ? commit[..7] : commit;
}
