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

        var files = new DirectoryInfo(directory).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => (Path: Path.GetRelativePath(directory, f.FullName), f.Length, f.LastWriteTimeUtc.Ticks))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
        foreach (var (path, length, ticks) in files)
        {
            AppendText(hash, $"{path}\t{length}\t{ticks}");
        }
    }
}
