using System.Globalization;
using System.Text;

namespace FleetCatalog.Benchmarks.Site;

/// <summary>The results as a Markdown section (date, machine, command, one table per size), and its place in docs/benchmarks.md.</summary>
internal static class SiteBenchReport
{
    public const string Start = "<!-- bench:site:start (written by the --site harness; edits here are replaced) -->";
    public const string End = "<!-- bench:site:end -->";

    public static string Format(IReadOnlyList<(int Size, IReadOnlyList<Measurement> Measurements)> results, SiteBenchOptions options, bool hugo, string tool)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Machine()}; medians of {options.Runs} runs, alternating; the catalog tool {tool}.");
        text.AppendLine().AppendLine("```sh").AppendLine(options.CommandLine).AppendLine("```").AppendLine();
        if (!hugo)
        {
            text.AppendLine("Hugo was not installed, so there are no ratios.").AppendLine();
        }

        foreach (var (size, measurements) in results)
        {
            var hugoTime = measurements.FirstOrDefault(m => m.Name.StartsWith("Hugo", StringComparison.Ordinal))?.Median;
            var pagefind = measurements.FirstOrDefault(m => m.Name.StartsWith("Pagefind", StringComparison.Ordinal))?.Median;
            text.AppendLine(c, $"**{size:N0} projects**").AppendLine();
            text.AppendLine("| measured | wall (median) | site stages in process | peak RSS | ours ÷ Hugo |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var m in measurements)
            {
                var ratio = (hugoTime, m.Median) switch
                {
                    ({ } h, { } t) when m.Name.StartsWith("site stages", StringComparison.Ordinal) => (t / h).ToString("0.00×", c),
                    ({ } h, { } t) when m.Name.StartsWith("full build (", StringComparison.Ordinal) =>
                        (t / (h + (pagefind ?? TimeSpan.Zero))).ToString("0.00×", c) + (pagefind is null ? string.Empty : " (÷ Hugo + Pagefind)"),
                    _ => string.Empty,
                };
                text.AppendLine(c, $"| {m.Name} | {Seconds(m.Median)} | {Seconds(m.SpanMedian)} | {(m.PeakRssMib is { } r ? r.ToString("0", c) + " MiB" : "?")} | {ratio} |");
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Replaces the marked section of <paramref name="file"/> (or appends one) with <paramref name="report"/>.</summary>
    public static void WriteInto(string file, string report)
    {
        var text = File.Exists(file) ? File.ReadAllText(file) : string.Empty;
        var section = Start + "\n" + report + "\n" + End;
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        text = start >= 0 && end > start
            ? text[..start] + section + text[(end + End.Length)..]
            : text.TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(file, text);
    }

    private static string Seconds(TimeSpan? t) => t is { } s ? s.TotalSeconds.ToString("0.000 s", CultureInfo.InvariantCulture) : "";

    private static string Machine()
    {
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : null;
        var gib = memory is not null ? (long.Parse(memory, CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " GiB" : "unknown memory";
        return string.Create(CultureInfo.InvariantCulture, $"nproc = {Environment.ProcessorCount}, {gib}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    }
}
