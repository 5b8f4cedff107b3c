using System.Diagnostics;
using System.Globalization;
using FleetCatalog.Benchmarks.Site;
using FleetCatalog.Cli;

namespace FleetCatalog.Benchmarks;

/// <summary>
/// The second half of <c>--quick</c>: <c>catalog validate DIR DIR ...</c> over N project folders (copies of the corpus
/// projects, so that no two are the same folder) in one invocation, as CI over a folder of projects runs it. Measured in
/// this process (warm), and as its own process with the tool published as the publish workflow publishes it, start-up
/// included: the rate a user sees.
/// </summary>
internal static class BulkValidateRun
{
    public static async Task RunAsync(IReadOnlyList<string> corpusProjects, int count, int passes, bool readyToRun)
    {
        var root = Path.Combine(Path.GetTempPath(), "fleet-catalog-bench", "validate-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var folders = Copy(corpusProjects, count, Path.Combine(root, "projects"));
            string[] arguments = ["validate", .. folders, "--format", "json"];

            var inProcess = new List<TimeSpan>();
            for (var i = 0; i < passes; i++)
            {
                var clock = Stopwatch.StartNew();
                await CatalogCli.RunAsync(arguments, TextWriter.Null, TextWriter.Null, () => Stream.Null);
                inProcess.Add(clock.Elapsed);
            }

            Report($"catalog validate with {count} folders, one invocation in process ({passes} passes)", count, inProcess);

            var (dll, description) = ToolBuild.Prepare(Corpus.RepositoryRoot(), Path.Combine(root, "tool"), readyToRun, Console.Out);
            var processes = new List<TimeSpan>();
            for (var i = 0; i < passes; i++)
            {
                var run = ChildRun.Run("dotnet", [dll, .. arguments], root);
                if (run.ExitCode is not (0 or 1))
                {
                    throw new InvalidOperationException($"catalog validate exited with {run.ExitCode}: {run.Output[^Math.Min(run.Output.Length, 2000)..]}");
                }

                processes.Add(run.Elapsed);
            }

            Report($"the same as one process (the tool {description}; start-up included)", count, processes);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Report(string what, int count, List<TimeSpan> timings)
    {
        timings.Sort();
        var median = timings[timings.Count / 2];
        Console.WriteLine($"{what}: median {Format(median.TotalMilliseconds, "F0")} ms, best {Format(timings[0].TotalMilliseconds, "F0")} ms: "
            + $"{Format(count / median.TotalSeconds, "F0")} manifests/s");
    }

    // Each copy is a whole project folder (manifest, compose file, README, Dockerfiles), as a checkout has them.
    private static List<string> Copy(IReadOnlyList<string> projects, int count, string target)
    {
        var folders = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var source = projects[i % projects.Count];
            var folder = Path.Combine(target, $"{i:D5}-{Path.GetFileName(source)}");
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }

            folders.Add(folder);
        }

        return folders;
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
