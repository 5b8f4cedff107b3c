using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace FleetCatalog.Sources.Logos;

/// <summary>
/// Keeps logos in a cache folder so each is downloaded once per change: <c>files/&lt;sha256&gt;.&lt;ext&gt;</c>
/// (content-addressed, shared between projects) and <c>index/&lt;slug&gt;.json</c> (see
/// <see cref="LogoIndexEntry"/>). A project's logo is requested again only when its URL or the project's
/// commit changed, and then conditionally, so a 304 keeps the stored file. Every file is written to a
/// temporary name and renamed, so a build killed at any moment leaves the store usable.
/// </summary>
internal sealed partial class LogoStore
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly string _files;
    private readonly string _index;
    private readonly LogoDownloader _downloader;

    public LogoStore(string directory, LogoDownloader downloader)
    {
        _files = Path.Combine(directory, "files");
        _index = Path.Combine(directory, "index");
        _downloader = downloader;
    }

    /// <exception cref="ArgumentException"><paramref name="projectSlug"/> is not a lowercase kebab-case slug.</exception>
    /// <exception cref="IOException">The cache folder cannot be written.</exception>
    public async Task<LogoResult> GetAsync(string projectSlug, Uri url, string projectCommit, bool offline, CancellationToken cancellationToken)
    {
        if (!Slug().IsMatch(projectSlug))
        {
            throw new ArgumentException($"'{projectSlug}' is not a project slug", nameof(projectSlug));
        }

        var known = ReadIndex(projectSlug) is { } entry && entry.Url == url.AbsoluteUri ? entry : null;
        var good = known is { Image: not null } && File.Exists(PathOf(known)) ? known : null;
        if (known is not null && (offline || known.Commit == projectCommit))
        {
            if (known.Failure is { } failure)
            {
                return new LogoResult(url, LogoResultStatus.Failed, Requested: false, Failure: failure, Message: known.Message);
            }

            if (good is not null)
            {
                return Stored(url, LogoResultStatus.Unchanged, good, requested: false);
            }
        }

        if (offline)
        {
            return new LogoResult(url, LogoResultStatus.Failed, Requested: false, Failure: LogoFailureKind.Unreachable,
                Message: $"The logo at {url} has not been downloaded yet and the build is offline; run a build without --offline once");
        }

        var download = await _downloader.DownloadAsync(url, good?.ETag, cancellationToken);
        switch (download.Status)
        {
            case LogoDownloadStatus.Downloaded:
                var image = download.Image!;
                var saved = new LogoIndexEntry(LogoIndexEntry.CurrentVersion, url.AbsoluteUri, projectCommit, download.ETag, download.Sha256, image.Format, image.Width, image.Height, null, null);
                WriteFile(PathOf(saved), download.Content!);
                WriteIndex(projectSlug, saved);
                return Stored(url, LogoResultStatus.Downloaded, saved, requested: true);
            case LogoDownloadStatus.NotModified when good is not null:
                var revalidated = good with { Commit = projectCommit, ETag = download.ETag ?? good.ETag, Failure = null, Message = null };
                WriteIndex(projectSlug, revalidated);
                return Stored(url, LogoResultStatus.Revalidated, revalidated, requested: true);
            case LogoDownloadStatus.NotModified:
                return new LogoResult(url, LogoResultStatus.Failed, Requested: true, Failure: LogoFailureKind.Unreachable,
                    Message: $"The logo at {url} was answered with 304 Not Modified to a request that was not conditional; the server is misbehaving");
        }

        var kind = download.Failure!.Value;
        if (kind is LogoFailureKind.Unreachable or LogoFailureKind.Timeout)
        {
            // Maybe passing: keep the last good copy and ask again next build.
            return good is null
                ? new LogoResult(url, LogoResultStatus.Failed, Requested: true, Failure: kind, Message: download.Message)
                : Stored(url, LogoResultStatus.Stale, good, requested: true) with { Failure = kind, Message = download.Message + "; the copy downloaded earlier is used meanwhile" };
        }

        // A verdict on this commit's logo: remembered, so the same commit does not ask again.
        var failed = known is null
            ? new LogoIndexEntry(LogoIndexEntry.CurrentVersion, url.AbsoluteUri, projectCommit, null, null, null, 0, 0, kind, download.Message)
            : known with { Commit = projectCommit, Failure = kind, Message = download.Message };
        WriteIndex(projectSlug, failed);
        return new LogoResult(url, LogoResultStatus.Failed, Requested: true, Failure: kind, Message: download.Message);
    }

    private LogoResult Stored(Uri url, LogoResultStatus status, LogoIndexEntry entry, bool requested) =>
        new(url, status, requested, PathOf(entry), entry.Image, entry.Sha256);

    private string PathOf(LogoIndexEntry entry) => Path.Combine(_files, $"{entry.Sha256}.{entry.Image!.Extension}");

    private LogoIndexEntry? ReadIndex(string slug)
    {
        try
        {
            var entry = JsonSerializer.Deserialize<LogoIndexEntry>(File.ReadAllBytes(Path.Combine(_index, slug + ".json")), Json);
            return entry is { Version: LogoIndexEntry.CurrentVersion, Url: not null, Commit: not null }
                && (entry.Sha256 is null || Hash().IsMatch(entry.Sha256))
                ? entry
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null; // Missing or damaged: as if never downloaded.
        }
    }

    private void WriteIndex(string slug, LogoIndexEntry entry) =>
        WriteAtomically(Path.Combine(_index, slug + ".json"), JsonSerializer.SerializeToUtf8Bytes(entry, Json));

    private static void WriteFile(string path, byte[] content)
    {
        // Content-addressed: an existing file of the right length already holds these bytes.
        if (!File.Exists(path) || new FileInfo(path).Length != content.Length)
        {
            WriteAtomically(path, content);
        }
    }

    private static void WriteAtomically(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Hash();
}
