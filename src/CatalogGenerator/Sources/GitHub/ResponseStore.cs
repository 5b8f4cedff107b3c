using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FleetCatalog.Sources.GitHub;

/// <summary>
/// ETags and the bodies they stand for, one small JSON file per request, so the next build can ask
/// "still this?" and get a free 304. Written atomically (temp file + rename): a build killed mid-write
/// leaves either the old file or the new one. Any unreadable file is treated as absent; the store is an
/// optimisation and never fails a lookup.
/// </summary>
internal sealed class ResponseStore
{
    private static readonly TimeSpan AbandonedTempAge = TimeSpan.FromHours(1);
    private readonly string _directory;

    public ResponseStore(string directory)
    {
        _directory = Path.GetFullPath(directory);
        RemoveAbandonedTempFiles();
    }

    public ResponseStoreEntry? Read(string key)
    {
        try
        {
            var path = PathFor(key);
            if (!File.Exists(path))
            {
                return null;
            }

            var entry = JsonSerializer.Deserialize<ResponseStoreEntry>(File.ReadAllText(path));
            return entry is { Version: ResponseStoreEntry.CurrentVersion, ETag.Length: > 0 } && entry.Key == key && entry.Body is not null
                ? entry
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public void Write(ResponseStoreEntry entry)
    {
        var path = PathFor(entry.Key);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(_directory);
            File.WriteAllText(temp, JsonSerializer.Serialize(entry));
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without the entry the next build asks unconditionally: slower, still correct.
            TryDelete(temp);
        }
    }

    private string PathFor(string key) =>
        Path.Combine(_directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..40] + ".json");

    private void RemoveAbandonedTempFiles()
    {
        try
        {
            if (!Directory.Exists(_directory))
            {
                return;
            }

            foreach (var temp in Directory.EnumerateFiles(_directory, "*.tmp"))
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(temp) > AbandonedTempAge)
                {
                    TryDelete(temp);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leftovers only take space.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Cleaned up next time.
        }
    }
}
