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
    private readonly ConcurrentQueue<(string Stage, TimeSpan Elapsed, long Allocated)> _stages = new();

    public IReadOnlyList<(string Stage, TimeSpan Elapsed, long Allocated)> Stages => [.. _stages];

    /// <summary>Starts a span; disposing it records the stage (nothing when <paramref name="timings"/> is null).</summary>
    public static Span Start(SiteBuildTimings? timings, string stage) => new(timings, stage);

    public void Add(string stage, TimeSpan elapsed, long allocated = 0) => _stages.Enqueue((stage, elapsed, allocated));

    /// <summary>One line: <c>Timings: refresh 0.66 s, pages 1.20 s (310 MB allocated), …</c>.</summary>
    public string Format() =>
        "Timings: " + string.Join(", ", _stages.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Stage} {s.Elapsed.TotalSeconds:0.000} s{(s.Allocated > 0 ? $" ({s.Allocated / (1024.0 * 1024.0):0} MB allocated)" : string.Empty)}")));

    /// <summary>A running stage.</summary>
    public readonly struct Span(SiteBuildTimings? owner, string stage) : IDisposable
    {
        private readonly long _start = Stopwatch.GetTimestamp();
        private readonly long _allocated = GC.GetTotalAllocatedBytes();

        public void Dispose() => owner?.Add(stage, Stopwatch.GetElapsedTime(_start), GC.GetTotalAllocatedBytes() - _allocated);
    }
}
