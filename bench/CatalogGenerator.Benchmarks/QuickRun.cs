using System.Diagnostics;
using System.Globalization;
using FleetCatalog.Cli;

namespace FleetCatalog.Benchmarks;

/// <summary>
/// <c>--quick</c>: <c>catalog validate</c> on every corpus project, end to end as a user runs it (reading
/// from disk, git remote lookup, rules, report), in this process, timed with a stopwatch. The first pass
/// also pays for JIT and is reported apart; then the best and median of the timed passes.
/// </summary>
internal static class QuickRun
{
    public static async Task<int> RunAsync(string? corpusPath, int passes, int bulk, bool readyToRun)
    {
        var corpus = Corpus.Find(corpusPath);
        var projects = Corpus.Projects(corpus);
        Console.WriteLine($"catalog validate DIR --format json, in process, on {projects.Count} projects of {corpus}");

        var first = await PassAsync(projects);
        Console.WriteLine($"first pass (cold, JIT included): {Ms(first.Elapsed)} ms; exit codes: {first.ExitCodes}");

        var timings = new List<TimeSpan>();
        for (var i = 0; i < passes; i++)
        {
            timings.Add((await PassAsync(projects)).Elapsed);
        }

        timings.Sort();
        var best = timings[0];
        var median = timings[timings.Count / 2];
        Console.WriteLine($"{passes} warm passes: best {Ms(best)} ms, median {Ms(median)} ms, worst {Ms(timings[^1])} ms");
        Console.WriteLine($"median: {Format(projects.Count / median.TotalSeconds, "F0")} projects/s, {Format(median.TotalMilliseconds * 100 / projects.Count, "F1")} ms per 100 projects");
        Console.WriteLine($"cold:   {Format(projects.Count / first.Elapsed.TotalSeconds, "F0")} projects/s, {Format(first.Elapsed.TotalMilliseconds * 100 / projects.Count, "F1")} ms per 100 projects");
        if (bulk > 0)
        {
            await BulkValidateRun.RunAsync(projects, bulk, Math.Min(passes, 5), readyToRun);
        }

        return 0;
    }

    private static async Task<(TimeSpan Elapsed, string ExitCodes)> PassAsync(IReadOnlyList<string> projects)
    {
        var exits = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        foreach (var project in projects)
        {
            var exit = await CatalogCli.RunAsync(["validate", project, "--format", "json"], TextWriter.Null, TextWriter.Null, () => Stream.Null);
            exits[exit] = exits.GetValueOrDefault(exit) + 1;
        }

        clock.Stop();
        return (clock.Elapsed, string.Join(", ", exits.Select(e => $"{e.Value}x {e.Key}")));
    }

    private static string Ms(TimeSpan t) => Format(t.TotalMilliseconds, "F1");

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
