using System.Diagnostics;

namespace FleetCatalog.Tests.Testing;

/// <summary>
/// The Node tools in tools/site-checks (html-validate, axe-core), installed from its lockfile on first use, so that
/// a fresh clone needs nothing but Node and npm on PATH; <see cref="EnsureInstalled(string, string)"/> and
/// <see cref="Run(string, string, IEnumerable{string})"/> serve the other tool folders the same way.
/// </summary>
internal static class NodeTools
{
    private static readonly Lock InstallLock = new();

    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tools", "site-checks");

    /// <summary>Runs html-validate on the given files; returns its exit code and report.</summary>
    public static (int ExitCode, string Output) HtmlValidate(IEnumerable<string> files)
    {
        EnsureInstalled(Folder, Path.Combine("node_modules", ".bin", "html-validate"));
        var (exit, output, error) = Run(Folder, Path.Combine(Folder, "node_modules", ".bin", "html-validate"),
            ["--config", Path.Combine(Folder, ".htmlvalidate.json"), "--formatter", "text", .. files]);
        return (exit, output + error);
    }

    /// <summary>The path of axe-core's browser script (axe.min.js), for the browser tests to inject into pages.</summary>
    public static string AxeScript()
    {
        var relative = Path.Combine("node_modules", "axe-core", "axe.min.js");
        EnsureInstalled(Folder, relative);
        return Path.Combine(Folder, relative);
    }

    /// <summary>Runs 'npm ci' in <paramref name="folder"/> when <paramref name="relativeFile"/> is missing (a fresh clone, or a node_modules from an older lockfile).</summary>
    public static void EnsureInstalled(string folder, string relativeFile)
    {
        lock (InstallLock)
        {
            if (File.Exists(Path.Combine(folder, relativeFile)))
            {
                return;
            }

            var (exit, output, error) = Run(folder, "npm", ["ci", "--no-audit", "--no-fund", "--prefix", folder]);
            if (exit != 0)
            {
                throw new InvalidOperationException($"'npm ci' in {folder} failed (Node.js 20+ and npm must be on PATH):\n{output}{error}");
            }
        }
    }

    /// <summary>Runs a program in <paramref name="folder"/> (at most 5 minutes); returns its exit code, output and errors.</summary>
    public static (int ExitCode, string Output, string Error) Run(string folder, string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 5 minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
