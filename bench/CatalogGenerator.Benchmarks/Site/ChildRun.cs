using System.Diagnostics;
using System.Globalization;

namespace FleetCatalog.Benchmarks.Site;

/// <summary>
/// One program run as a child process, timed by a stopwatch around it, with its peak memory from GNU time
/// (<c>/usr/bin/time -f %M</c>: the largest resident set of the child or of any process it waited for, in KiB).
/// Without GNU time the run is timed but its memory is unknown (null).
/// </summary>
internal sealed record ChildRun(TimeSpan Elapsed, long? PeakRssKib, int ExitCode, string Output)
{
    private const string GnuTime = "/usr/bin/time";

    public static ChildRun Run(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var rssFile = Path.GetTempFileName();
        try
        {
            var measured = File.Exists(GnuTime);
            var start = new ProcessStartInfo(measured ? GnuTime : program)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            if (measured)
            {
                foreach (var a in new[] { "-f", "%M", "-o", rssFile, program })
                {
                    start.ArgumentList.Add(a);
                }
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // No colours, no progress bars: the output is parsed.
            start.Environment["CI"] = "true";
            start.Environment["NO_COLOR"] = "1";
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            clock.Stop();
            var output = stdout.Result + stderr.Result;
            long? rss = measured && long.TryParse(File.ReadAllText(rssFile).Trim().Split('\n')[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib) ? kib : null;
            return new ChildRun(clock.Elapsed, rss, process.ExitCode, output);
        }
        finally
        {
            File.Delete(rssFile);
        }
    }

    /// <summary>Throws with the output's tail when the run failed: a benchmark of a failing build measures nothing.</summary>
    public ChildRun Succeeded(string what) =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"{what} exited with {ExitCode}:{Environment.NewLine}{Tail()}");

    public string Tail() => string.Join(Environment.NewLine, Output.Split('\n').TakeLast(25));
}
