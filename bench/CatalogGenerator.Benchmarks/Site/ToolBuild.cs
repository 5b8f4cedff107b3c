using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FleetCatalog.Benchmarks.Site;

/// <summary>
/// The catalog tool as the publish workflow runs it: published with ReadyToRun (its code and its libraries'
/// compiled ahead of time, so a build does not spend its first seconds in the JIT). When that cannot be made
/// (no crossgen package), the tool this harness was built with.
/// </summary>
internal static class ToolBuild
{
    /// <summary>The catalog.dll to measure and how it was built, for the report.</summary>
    public static (string Dll, string Description) Prepare(string repositoryRoot, string folder, bool readyToRun, TextWriter console)
    {
        var plain = (typeof(Cli.ExitCodes).Assembly.Location, "the Release build (JIT)");
        if (!readyToRun)
        {
            return plain;
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "publish", "src/CatalogGenerator", "--configuration", "Release", "--runtime", RuntimeInformation.RuntimeIdentifier,
            "--self-contained", "false", "-p:PublishReadyToRun=true", "--output", folder, "--nologo", "--verbosity", "quiet",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var dll = Path.Combine(folder, "catalog.dll");
        if (process.ExitCode == 0 && File.Exists(dll))
        {
            return (dll, "published with ReadyToRun, as the publish workflow runs it");
        }

        console.WriteLine($"ReadyToRun publish failed (exit {process.ExitCode}); measuring the Release build.\n{output.Result}{error.Result}".TrimEnd());
        return plain;
    }
}
