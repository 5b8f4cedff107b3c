using FleetCatalog.Output;

namespace FleetCatalog.Cli;

/// <summary>
/// What <c>build</c> and <c>serve</c> check before they touch anything: publishing replaces the output folder whole,
/// so it must be a folder this tool wrote (or an empty or new one), never the checkout, a folder the build reads,
/// or someone's files. Then one build at a time per output (<see cref="OutputLock"/>), and what a killed build
/// left is put right (<see cref="SiteOutputFolders.Recover"/>). Also the other paths the two commands write or
/// need, so that a wrong one is one line and exit code 2, never a stack trace.
/// </summary>
internal sealed class OutputGuard : IDisposable
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly OutputLock? held;

    private OutputGuard(OutputLock? held) => this.held = held;

    /// <summary>False when the command must stop (the reason already written, exit code 2).</summary>
    public bool Granted => held is not null;

    /// <summary>Checks the paths, then locks <paramref name="output"/> until disposed and recovers it.</summary>
    public static OutputGuard Claim(BuildSettings settings, string output, string command, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(error);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (Refusal(settings, target) is { } refusal)
        {
            error.WriteLine($"catalog {command}: {refusal}");
            return new OutputGuard(null);
        }

        var held = OutputLock.TryAcquire(target, command, out var holder);
        if (held is null)
        {
            error.WriteLine($"catalog {command}: '{target}' is being built by another run ({holder}); wait for it to finish, or give this one another --output.");
            return new OutputGuard(null);
        }

        SiteOutputFolders.Recover(target);
        return new OutputGuard(held);
    }

    /// <summary>Why the site may not be written to <paramref name="target"/> (a full path) with these settings; null when it may.</summary>
    public static string? Refusal(BuildSettings settings, string target)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (PathProblem(settings) is { } problem)
        {
            return problem;
        }

        if (File.Exists(target))
        {
            return $"--output '{target}' is a file; the site needs a folder (give a new or empty folder, such as _site).";
        }

        if (Path.GetDirectoryName(target) is null)
        {
            return $"--output '{target}' is the root of the file system; the site replaces its output folder whole (give a new or empty folder, such as _site).";
        }

        foreach (var (folder, what, readByBuild) in Protected(settings))
        {
            var same = Same(target, folder);
            if (same || IsInside(folder, target) || (readByBuild && IsInside(target, folder)))
            {
                var relation = same ? $"is {what}" : IsInside(folder, target) ? $"holds {what} ('{folder}')" : $"is inside {what} ('{folder}')";
                return $"--output '{target}' {relation}; publishing replaces the output folder whole, so it refuses (give a new or empty folder, such as _site).";
            }
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !SiteMarker.IsOurs(target))
        {
            return $"--output '{target}' already holds files that catalog did not write (it has no {SiteMarker.FileName}); publishing replaces the folder whole, so it is left alone: give a new or empty folder, or empty this one yourself.";
        }

        return null;
    }

    public void Dispose() => held?.Dispose();

    // The other paths: each wrong kind is refused up front rather than failing half-way with an exception.
    private static string? PathProblem(BuildSettings settings)
    {
        if (!Directory.Exists(settings.Projects))
        {
            return File.Exists(settings.Projects)
                ? $"--projects '{settings.Projects}' is a file; give the folder of catalog entries (projects/<slug>.yml)."
                : $"--projects '{settings.Projects}' does not exist; give the folder of catalog entries (projects/<slug>.yml), or run from the catalog's root.";
        }

        if (CacheOption.Problem(settings.Cache) is { } cacheProblem)
        {
            return cacheProblem;
        }

        if (settings.Report is { } report && Directory.Exists(report))
        {
            return $"--report '{report}' is a folder; give a file name for the JSON report, such as build-report.json.";
        }

        return null;
    }

    // What must never be the output nor inside it (deleting the output would delete it), best message first; the
    // folders the build reads must not be around the output either (readByBuild).
    private static IEnumerable<(string Path, string What, bool ReadByBuild)> Protected(BuildSettings settings)
    {
        var current = Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory);
        yield return (current, "the current folder", false);
        if (Checkout(current) is { } checkout)
        {
            yield return (checkout, "the git checkout", false);
        }

        if (Checkout(settings.Root) is { } catalog)
        {
            yield return (catalog, "the catalog's git checkout", false);
        }

        if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home)
        {
            yield return (Path.TrimEndingDirectorySeparator(home), "your home folder", false);
        }

        yield return (settings.Projects, "the catalog entries (--projects)", true);
        yield return (settings.Site, "the site's content (--site)", true);
        yield return (Path.Combine(settings.Root, "themes"), "the themes", true);
        yield return (settings.Cache, "the cache (--cache)", true);
        yield return (settings.Categories, "the category list (--categories)", false);
        if (settings.Report is { } report)
        {
            yield return (report, "the report (--report)", false);
        }
    }

    private static string? Checkout(string? folder)
    {
        for (var at = folder; at is not null; at = Path.GetDirectoryName(at))
        {
            // .git is a folder in a clone, a file in a worktree or submodule.
            if (Path.Exists(Path.Combine(at, ".git")))
            {
                return at;
            }
        }

        return null;
    }

    private static bool Same(string a, string b) => string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), PathComparison);

    // True when path lies somewhere below folder.
    private static bool IsInside(string path, string folder)
    {
        var prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, PathComparison) || (Path.GetDirectoryName(folder) is null && !Same(path, folder));
    }
}
