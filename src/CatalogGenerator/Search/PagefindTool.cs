using System.Text.Json;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Search;

/// <summary>
/// Pagefind (npm), pinned by the lockfile in <c>tools/search</c>. The build installs it there with <c>npm ci</c>
/// when it is missing or not the locked version, so a fresh clone needs only Node.js and npm on PATH.
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

    /// <summary>Finds or installs Pagefind in <paramref name="folder"/>; a null tool comes with a warning saying why and what to do.</summary>
    public static (PagefindTool? Tool, Diagnostic? Problem) Prepare(string folder)
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
            var why = install.TimedOut ? $"took more than {InstallTimeout.TotalMinutes} minutes" : $"failed:{Environment.NewLine}{install.Tail()}";
            return (null, Skipped(packageFile, $"Installing Pagefind with 'npm ci --prefix {folder}' {why}{Environment.NewLine}The site has no search. Check the network to the npm registry and build again, or pass --no-search."));
        }

        return (tool, null);
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
