namespace FleetCatalog.Benchmarks.Site;

/// <summary>The runs of one thing measured at one catalog size: wall times, peak memory, and in-process stage spans.</summary>
internal sealed class Measurement(string name)
{
    private readonly List<TimeSpan> _times = [];
    private readonly List<long> _rss = [];
    private readonly List<TimeSpan> _spans = [];

    public string Name { get; } = name;

    public void Add(TimeSpan elapsed, long? peakRssKib, TimeSpan? span = null)
    {
        _times.Add(elapsed);
        if (peakRssKib is { } rss)
        {
            _rss.Add(rss);
        }

        if (span is { } s)
        {
            _spans.Add(s);
        }
    }

    public int Count => _times.Count;

    public TimeSpan? Median => Middle(_times);

    /// <summary>The median of the in-process span (the site stages without the refresh), when the program reported one.</summary>
    public TimeSpan? SpanMedian => Middle(_spans);

    public double? PeakRssMib => _rss.Count == 0 ? null : _rss.Max() / 1024.0;

    private static TimeSpan? Middle(List<TimeSpan> values) =>
        values.Count == 0 ? null : values.Order().ElementAt(values.Count / 2);
}
