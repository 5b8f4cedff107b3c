using System.Text.Json;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Search;

/// <summary>
/// Pagefind (npm), pinned by the lockfile in <c>tools/search</c>. The build installs it there with <c>npm ci</c>
/// when it is missing or not the locked version, so a fresh clone needs only Node.js and npm on PATH; an offline
/// build never does (it builds without search, with a warning naming the command).
/// </summary>
internal sealed class PagefindTool
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    private PagefindTool(string folder, string script)
    {
        Folder = folder;
        Script = script;
    }

    /// <summary>The folder with <c>package.json</c>, <c>package-lock.json</c> and, once installed, <c>node_modules</c>.</summary>
    public string Folder { get; }

    /// <summary>Pagefind's command-line entry point, run with node.</summary>
    public string Script { get; }

    /// <summary>
    /// Finds or installs Pagefind in <paramref name="folder"/>; a null tool comes with a warning saying why and what to do.
    /// <paramref name="offline"/> (<c>--offline</c>): never installs, as npm would go to its registry; a missing
    /// Pagefind is then a warning at once.
    /// </summary>
    public static (PagefindTool? Tool, Diagnostic? Problem) Prepare(string folder, bool offline = false)
    {
        var packageFile = Path.Combine(folder, "package.json");
        if (!File.Exists(packageFile))
        {
            return (null, Skipped(packageFile, $"Pagefind's package list '{packageFile}' is missing, so the site has no search. Restore tools/search from the repository, or build with --no-search."));
        }

        if (Installed(folder) is { } ready)
        {
            return (ready, null);
        }

        if (offline)
        {
            return (null, Skipped(packageFile, $"Pagefind is not installed and --offline downloads nothing, so the site has no search. Install it once while online with '{InstallCommand(folder)}' (or build once without --offline), or pass --no-search."));
        }

        using var installing = InstallLock.Acquire(folder);
        if (Installed(folder) is { } installedMeanwhile)
        {
            return (installedMeanwhile, null);
        }

        var install = ToolProcess.Run(Npm, ["ci", "--no-audit", "--no-fund", "--prefix", folder], folder, InstallTimeout);
        if (!install.Started)
        {
            return (null, Skipped(packageFile, "Node.js and npm are not installed, so the site has no search. Install Node.js 20 or newer (https://nodejs.org/) and build again, or pass --no-search to build without search."));
        }

        if (!install.Succeeded || Installed(folder) is not { } tool)
        {
            // One line: npm's own output is long and the same every time; the command shows it to whoever wants it.
            var why = install.TimedOut ? $"took more than {InstallTimeout.TotalMinutes} minutes" : NpmFailure.Describe(install);
            return (null, Skipped(packageFile, $"Pagefind could not be installed: '{InstallCommand(folder)}' {why}, so the site has no search. Check the network to the npm registry and build again (run that command to see npm's own messages), or pass --no-search."));
        }

        return (tool, null);
    }

    /// <summary>The command that installs Pagefind in <paramref name="folder"/>, with the folder as seen from the current directory.</summary>
    public static string InstallCommand(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : relative.Replace('\\', '/');
        return $"npm ci --prefix {(shown.Contains(' ', StringComparison.Ordinal) ? $"\"{shown}\"" : shown)}";
    }

    private static string Npm => OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    // Installed means: node_modules holds the version package-lock.json pins, with its entry point.
    private static PagefindTool? Installed(string folder)
    {
        var installedPackage = Path.Combine(folder, "node_modules", "pagefind", "package.json");
        var lockFile = Path.Combine(folder, "package-lock.json");
        if (!File.Exists(installedPackage) || !File.Exists(lockFile))
        {
            return null;
        }

        try
        {
            using var installed = JsonDocument.Parse(File.ReadAllText(installedPackage));
            using var locked = JsonDocument.Parse(File.ReadAllText(lockFile));
            var version = installed.RootElement.GetProperty("version").GetString();
            var lockedVersion = locked.RootElement.GetProperty("packages").GetProperty("node_modules/pagefind").GetProperty("version").GetString();
            var script = Path.Combine(folder, "node_modules", "pagefind", installed.RootElement.GetProperty("bin").GetString() ?? string.Empty);
            return version == lockedVersion && File.Exists(script) ? new PagefindTool(folder, script) : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    private static Diagnostic Skipped(string file, string message) =>
        DiagnosticCodes.SearchSkipped.Create(message, file, SourceSpan.None);
}
