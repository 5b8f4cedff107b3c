namespace FleetCatalog.Search;

/// <summary>
/// One <c>npm ci</c> at a time per tool folder, across processes (two builds, a build and a preview server, parallel
/// test runs): npm replaces node_modules as it installs, so a second install or a run during one would break.
/// </summary>
internal static class InstallLock
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);

    public static FileStream Acquire(string folder)
    {
        var path = Path.Combine(folder, ".install.lock");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (waited.Elapsed < Patience)
            {
                Thread.Sleep(200);
            }
        }
    }
}
