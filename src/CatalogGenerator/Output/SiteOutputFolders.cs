using System.Runtime.InteropServices;

namespace FleetCatalog.Output;

/// <summary>
/// The folders <see cref="SiteOutput"/> keeps beside the target: <c>NAME.tmp-ID</c> while building (with a
/// <c>NAME.tmp-ID.lock</c> file held open, so a second build at the same time leaves it alone) and, where the
/// two folders cannot be exchanged in one step, <c>NAME.old-ID</c> for a moment during the swap.
/// </summary>
internal static partial class SiteOutputFolders
{
    // renameat2's flag that swaps two existing paths in one step (Linux 3.15+; ext4, btrfs, xfs, tmpfs and others).
    private const uint RenameExchange = 2;
    private const int AtCurrentDirectory = -100;

    private const string StagingMarker = ".tmp-";
    private const string OldMarker = ".old-";

    public static string Staging(string target, string id) => target + StagingMarker + id;

    public static string Old(string target, string id) => target + OldMarker + id;

    /// <summary>Held for the build's life; the operating system releases it if the process is killed.</summary>
    public static FileStream Lock(string target, string id) =>
        new(Staging(target, id) + ".lock", FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);

    /// <summary>
    /// Swaps the two folders in one step, so that <paramref name="target"/> never stops existing, not even for a
    /// process killed in the middle: afterwards <paramref name="staging"/> holds what the target held. False where the
    /// system cannot (not Linux, an old kernel or C library, a file system without the exchange): the caller renames twice.
    /// </summary>
    public static bool TryExchange(string staging, string target)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtCurrentDirectory, staging, AtCurrentDirectory, target, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// What every start does before it builds or serves (under the <see cref="OutputLock"/>): puts back a site that a
    /// build killed between the two renames left as <c>NAME.old-ID</c>, and removes abandoned staging folders.
    /// </summary>
    public static void Recover(string target)
    {
        if (Directory.Exists(Path.GetDirectoryName(target)))
        {
            RemoveLeftovers(target);
        }
    }

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

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(
        int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
