using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace FleetCatalog.Rendering.Pages;

/// <summary>
/// Wall-clock spans of a build's stages (in the order they ran) and the bytes allocated meanwhile, for
/// <c>catalog build --timings</c> and the benchmark harness: profiling tools are not always at hand, a stopwatch is.
/// </summary>
internal sealed class SiteBuildTimings
{
    private readonly ConcurrentQueue<(string Stage, TimeSpan Elapsed, long Allocated, TimeSpan Paused)> _stages = new();
    private readonly ConcurrentDictionary<string, string> _details = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Stage, TimeSpan Elapsed, long Allocated, TimeSpan Paused)> Stages => [.. _stages];

    /// <summary>Starts a span; disposing it records the stage (nothing when <paramref name="timings"/> is null).</summary>
    public static Span Start(SiteBuildTimings? timings, string stage) => new(timings, stage);

    /// <param name="paused">How long the garbage collector stopped the program meanwhile.</param>
    public void Add(string stage, TimeSpan elapsed, long allocated = 0, TimeSpan paused = default) => _stages.Enqueue((stage, elapsed, allocated, paused));

    /// <summary>Says what a stage did, after its figures ("3 of 1170 pages read"); nothing when <paramref name="timings"/> is null.</summary>
    public static void Describe(SiteBuildTimings? timings, string stage, string detail) => timings?._details.TryAdd(stage, detail);

    /// <summary>
    /// One line: <c>Timings: refresh 0.66 s, pages 1.20 s (310 MB allocated, 12 % paused for GC), …</c>. The pause is a share, not
    /// seconds, so that scripts reading "NAME SECONDS s" pairs from the line (the benchmark harness) see only stages.
    /// </summary>
    public string Format() =>
        "Timings: " + string.Join(", ", _stages.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Stage} {s.Elapsed.TotalSeconds:0.000} s{Notes(Memory(s.Elapsed, s.Allocated, s.Paused), _details.GetValueOrDefault(s.Stage))}")));

    private static string Notes(string? memory, string? detail) =>
        memory is null && detail is null ? string.Empty : $" ({string.Join("; ", new[] { memory, detail }.OfType<string>())})";

    private static string? Memory(TimeSpan elapsed, long allocated, TimeSpan paused)
    {
        if (allocated <= 0)
        {
            return null;
        }

        var share = elapsed > TimeSpan.Zero ? paused / elapsed * 100 : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{allocated / (1024.0 * 1024.0):0} MB allocated{(share >= 1 ? $", {share:0} % paused for GC" : string.Empty)}");
    }

    /// <summary>A running stage.</summary>
    public readonly struct Span(SiteBuildTimings? owner, string stage) : IDisposable
    {
        private readonly long _start = Stopwatch.GetTimestamp();
        private readonly long _allocated = GC.GetTotalAllocatedBytes();
        private readonly TimeSpan _paused = GC.GetTotalPauseDuration();

        public void Dispose() =>
            owner?.Add(stage, Stopwatch.GetElapsedTime(_start), GC.GetTotalAllocatedBytes() - _allocated, GC.GetTotalPauseDuration() - _paused);
    }
}
