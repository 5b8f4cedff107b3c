using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FleetCatalog.Sources.Caching;

namespace FleetCatalog.Rendering.Markdown;

/// <summary>
/// Rendered guides kept in the build cache (<c>guides/</c>), each under a hash of everything its HTML is made from:
/// the Markdown, the context (repository, commit, path, options) and this build of the tool. A build into an empty
/// folder (a CI job restores the cache but not the last site) then renders only the guides that changed; the rest cost
/// a file read. The cache is trusted as the build's own output is: its HTML goes into pages as it is.
/// An entry a build uses is kept; one no build has used for <see cref="KeepUnused"/> is deleted, at most once a day.
/// </summary>
internal sealed class GuideCache(string folder)
{
    public static readonly TimeSpan KeepUnused = TimeSpan.FromDays(30);

    // The HTML is written as it is, not as \u003C escapes: the file is read by this tool alone, never served to a browser,
    // and escaped it was a third larger and slower to write.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Folder { get; } = folder;

    public static string Key(string markdown, GuideContext context) =>
        CacheKey.Of(
            CacheKey.ToolBuild, context.Repository.WebUrl, context.Commit, context.GuidePath, context.ExpectedRepository?.WebUrl, context.SiteBaseUrl?.AbsoluteUri,
            context.DropTitle ? "drop-title" : "keep-title", context.HighestHeadingLevel.ToString(CultureInfo.InvariantCulture), markdown);

    /// <summary>The guide kept under <paramref name="key"/>, or null when there is none or it cannot be read.</summary>
    public RenderedGuide? Get(string key)
    {
        var path = PathOf(key);
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return null;
            }

            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllBytes(path), Json);
            if (entry is not { Guide: { Html: not null, Findings.IsDefault: false, Headings.IsDefault: false } guide } || entry.Key != key)
            {
                return null;
            }

            // Marks it as used, so that pruning keeps it; a day's precision is enough for a month's grace.
            if (file.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1))
            {
                file.LastWriteTimeUtc = DateTime.UtcNow;
            }

            return guide;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            // A damaged entry costs a render, never the build.
            return null;
        }
    }

    /// <summary>Keeps <paramref name="guide"/> under <paramref name="key"/>; one that cannot be written is rendered again next time.</summary>
    public void Put(string key, RenderedGuide guide)
    {
        try
        {
            // AtomicFile makes the folder.
            AtomicFile.WriteAllBytes(PathOf(key), JsonSerializer.SerializeToUtf8Bytes(new Entry(key, guide), Json), durable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not kept: the next build renders it again.
        }
    }

    /// <summary>Deletes the entries no build has used for <see cref="KeepUnused"/>; runs at most once a day.</summary>
    public void Prune(DateTime nowUtc)
    {
        try
        {
            var marker = Path.Combine(Folder, ".pruned");
            if (!Directory.Exists(Folder) || (File.Exists(marker) && File.GetLastWriteTimeUtc(marker) > nowUtc.AddDays(-1)))
            {
                return;
            }

            foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.json", SearchOption.AllDirectories))
            {
                if (file.LastWriteTimeUtc < nowUtc - KeepUnused)
                {
                    file.Delete();
                }
            }

            File.WriteAllText(marker, string.Empty);
            File.SetLastWriteTimeUtc(marker, nowUtc);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Tried again by the next build.
        }
    }

    // Two hex digits of folders, so that no folder holds more than a few hundred files at 100,000 guides.
    private string PathOf(string key) => Path.Combine(Folder, key[..2], key + ".json");

    private sealed record Entry(string Key, RenderedGuide? Guide);
}
