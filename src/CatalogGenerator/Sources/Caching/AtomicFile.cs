using System.Text;

namespace FleetCatalog.Sources.Caching;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never half of it: the bytes go
/// to a temporary file in the same folder, which is then renamed over the target (atomic on one volume).
/// </summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Encoding.UTF8.GetBytes(text));

    /// <param name="durable">
    /// Whether the bytes must be on disk before the rename (a crash then leaves the old file or the new, never an empty
    /// one). A cache entry that is made again when it does not read (a rendered guide, kept findings) passes false:
    /// waiting for the disk on each of thousands of them was an eighth of rendering a catalog.
    /// </param>
    public static void WriteAllBytes(string path, byte[] bytes, bool durable = true)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, durable ? FileOptions.WriteThrough : FileOptions.None))
            {
                stream.Write(bytes);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
