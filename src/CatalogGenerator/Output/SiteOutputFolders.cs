namespace FleetCatalog.Output;

/// <summary>
/// The folders <see cref="SiteOutput"/> keeps beside the target: <c>NAME.tmp-ID</c> while building (with a
/// <c>NAME.tmp-ID.lock</c> file held open, so a second build at the same time leaves it alone) and
/// <c>NAME.old-ID</c> for a moment during the swap.
/// </summary>
internal static class SiteOutputFolders
{
    private const string StagingMarker = ".tmp-";
    private const string OldMarker = ".old-";

    public static string Staging(string target, string id) => target + StagingMarker + id;

    public static string Old(string target, string id) => target + OldMarker + id;

    /// <summary>Held for the build's life; the operating system releases it if the process is killed.</summary>
    public static FileStream Lock(string target, string id) =>
        new(Staging(target, id) + ".lock", FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);

    /// <summary>Removes what a killed build left; restores the old site if one died between the two renames.</summary>
    public static void RemoveLeftovers(string target)
    {
        var parent = new DirectoryInfo(Path.GetDirectoryName(target)!);
        var name = Path.GetFileName(target);
        foreach (var staging in parent.EnumerateDirectories(name + StagingMarker + "*"))
        {
            var lockFile = staging.FullName + ".lock";
            if (!InUse(lockFile))
            {
                TryDelete(staging.FullName);
                File.Delete(lockFile);
            }
        }

        foreach (var lockFile in parent.EnumerateFiles(name + StagingMarker + "*.lock"))
        {
            if (!Directory.Exists(lockFile.FullName[..^".lock".Length]) && !InUse(lockFile.FullName))
            {
                lockFile.Delete();
            }
        }

        var olds = parent.EnumerateDirectories(name + OldMarker + "*")
            .Where(d => !InUse(Staging(target, d.Name[(name.Length + OldMarker.Length)..]) + ".lock"))
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .ToList();
        if (olds.Count > 0 && !Directory.Exists(target))
        {
            olds[0].MoveTo(target);
            olds.RemoveAt(0);
        }

        olds.ForEach(d => TryDelete(d.FullName));
    }

    public static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // Something holds a file open (Windows); the next build removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static bool InUse(string lockFile)
    {
        if (!File.Exists(lockFile))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
