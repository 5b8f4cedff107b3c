using System.Diagnostics;
using System.Globalization;
using FleetCatalog.Output;

namespace FleetCatalog.Benchmarks;

/// <summary>
/// <c>--links DIR</c>: the build's link check (<see cref="LinkChecker"/>) over a site already built, such as the one
/// <c>BENCH_KEEP=1</c> leaves from <c>--site</c>. One pass warms up, then each pass is timed with its allocations.
/// </summary>
internal static class LinkCheckRun
{
    public static int Run(string site, string baseUrl, int passes, TextWriter output)
    {
        if (!Directory.Exists(site))
        {
            output.WriteLine($"{site}: no such folder; build a site first (BENCH_KEEP=1 with --site keeps one).");
            return 2;
        }

        var urls = new SiteUrls(baseUrl);
        var options = new EnumerationOptions { RecurseSubdirectories = true };
        var files = Directory.EnumerateFiles(site, "*", options).Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).ToList();
        var findings = LinkChecker.Check(site, files, urls).Count;
        var times = new List<double>();
        var bytes = new List<long>();
        for (var pass = 0; pass < passes; pass++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            LinkChecker.Check(site, files, urls);
            times.Add(clock.Elapsed.TotalMilliseconds);
            bytes.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        times.Sort();
        bytes.Sort();
        var pages = files.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} files, {pages} pages, {findings} findings: link check median {times[times.Count / 2]:F0} ms (min {times[0]:F0}, max {times[^1]:F0}), {bytes[bytes.Count / 2] / 1048576.0:F0} MB allocated, {passes} passes"));
        return 0;
    }
}
