using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;

namespace FleetCatalog.Output;

/// <summary>Hashes files by name, size and modification time: what changes when a file is written, without reading it.</summary>
internal static class FileStamps
{
    public static void AppendText(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

    public static void AppendFile(IncrementalHash hash, string file)
    {
        var info = new FileInfo(file);
        AppendText(hash, info.Exists ? $"{file}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}" : $"{file}\tmissing");
    }

    /// <summary>Every file under <paramref name="directory"/> (none when it does not exist), in a stable order.</summary>
    public static void AppendTree(IncrementalHash hash, string directory)
    {
        AppendText(hash, directory);
        if (!Directory.Exists(directory))
        {
            return;
        }

        // Read from the directory entries themselves (no FileInfo per file), and hashed in one piece: a no-op build of a
        // large site is mostly this.
        var root = Path.GetFullPath(directory);
        var files = new FileSystemEnumerable<(string Path, long Length, long Ticks)>(
            root,
            (ref entry) => (Path.GetRelativePath(root, entry.ToFullPath()), entry.Length, entry.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory,
        };
        var text = new StringBuilder();
        foreach (var (path, length, ticks) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            text.Append(path).Append('\t').Append(length).Append('\t').Append(ticks).Append('\n');
        }

        hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
