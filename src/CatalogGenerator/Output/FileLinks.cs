using System.Runtime.InteropServices;

namespace FleetCatalog.Output;

/// <summary>
/// Puts an unchanged file of the live site into the staging folder without rewriting it: a hard link where the
/// file system allows (same inode: same bytes, same timestamps, no copy), otherwise a copy given the original's
/// modification time. Either way rsync and CDNs see the file unchanged. Files linked this way are never
/// opened for writing: every write to the staging folder creates a new file (see <see cref="SiteOutput"/>).
/// </summary>
internal static partial class FileLinks
{
    public static void LinkOrCopy(string existing, string created)
    {
        if (!OperatingSystem.IsWindows() && TryLink(existing, created))
        {
            return;
        }

        File.Copy(existing, created);
        File.SetLastWriteTimeUtc(created, File.GetLastWriteTimeUtc(existing));
    }

    private static bool TryLink(string existing, string created)
    {
        try
        {
            return Link(existing, created) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);
}
