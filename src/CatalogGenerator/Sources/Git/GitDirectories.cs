namespace FleetCatalog.Sources.Git;

/// <summary>Measures, lists and empties a fetch destination; tolerant of files that git adds or removes meanwhile.</summary>
internal static class GitDirectories
{
    public const string GitFolder = ".git";

    private static readonly EnumerationOptions All = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
    };

    /// <summary>The bytes of every file below <paramref name="path"/>, .git included.</summary>
    public static long Size(string path)
    {
        long total = 0;
        try
        {
            foreach (var file in new DirectoryInfo(path).EnumerateFiles("*", All))
            {
                total += file.Length;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder git removed while we looked; the next look counts it right.
        }

        return total;
    }

    /// <summary>The files outside .git, relative, with '/' separators, sorted ordinally.</summary>
    public static IReadOnlyList<string> Files(string path) => Directory.EnumerateFiles(path, "*", All)
        .Select(f => Path.GetRelativePath(path, f).Replace(Path.DirectorySeparatorChar, '/'))
        .Where(f => !f.StartsWith(GitFolder + "/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Removes everything inside <paramref name="path"/>, keeping the folder itself.</summary>
    public static void Empty(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos())
        {
            Delete(entry);
        }
    }

    public static void Delete(FileSystemInfo entry)
    {
        try
        {
            if (entry is DirectoryInfo directory && !directory.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                // git writes its packs read-only, which Windows will not delete.
                foreach (var file in directory.EnumerateFiles("*", All))
                {
                    file.Attributes = FileAttributes.Normal;
                }

                directory.Delete(recursive: true);
            }
            else
            {
                entry.Attributes = FileAttributes.Normal;
                entry.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover in a destination the caller discards is not worth a failure.
        }
    }
}
