using System.Text.RegularExpressions;
using FleetCatalog.Rendering.Pages;

namespace FleetCatalog.Tests.Rendering.Pages;

public sealed class SiteBuildTimingsTests
{
    [Fact]
    public void Each_stage_shows_its_time_what_it_allocated_and_its_share_of_gc_pauses()
    {
        var timings = new SiteBuildTimings();
        timings.Add("pages", TimeSpan.FromSeconds(2), 100L * 1024 * 1024, TimeSpan.FromSeconds(0.5));
        timings.Add("links", TimeSpan.FromSeconds(1), 3L * 1024 * 1024, TimeSpan.FromMilliseconds(5));
        timings.Add("publish", TimeSpan.FromMilliseconds(4));

        Assert.Equal(
            "Timings: pages 2.000 s (100 MB allocated, 25 % paused for GC), links 1.000 s (3 MB allocated), publish 0.004 s",
            timings.Format());
    }

    [Fact]
    public void A_stage_can_say_what_it_did_after_its_figures()
    {
        var timings = new SiteBuildTimings();
        SiteBuildTimings.Describe(timings, "links", "3 of 1170 pages read");
        SiteBuildTimings.Describe(timings, "search", "index kept");
        SiteBuildTimings.Describe(null, "links", "ignored");
        timings.Add("links", TimeSpan.FromSeconds(0.25), 2L * 1024 * 1024);
        timings.Add("search", TimeSpan.FromMilliseconds(1));

        Assert.Equal("Timings: links 0.250 s (2 MB allocated; 3 of 1170 pages read), search 0.001 s (index kept)", timings.Format());
        Assert.Equal(["links", "search"], Regex.Matches(timings.Format(), @"(?<name>[\w+]+) (?<seconds>\d+\.\d+) s").Select(m => m.Groups["name"].Value));
    }

    [Fact]
    public void Scripts_that_read_name_and_seconds_pairs_find_only_the_stages()
    {
        var timings = new SiteBuildTimings();
        timings.Add("refresh", TimeSpan.FromSeconds(1.5), 200L * 1024 * 1024, TimeSpan.FromSeconds(0.3));
        timings.Add("pages", TimeSpan.FromSeconds(4), 800L * 1024 * 1024, TimeSpan.FromSeconds(1));

        // The pattern the benchmark harness (bench/.../SiteBench.cs) sums the site stages with.
        var pairs = Regex.Matches(timings.Format(), @"(?<name>[\w+]+) (?<seconds>\d+\.\d+) s").Select(m => m.Groups["name"].Value);

        Assert.Equal(["refresh", "pages"], pairs);
    }

    [Fact]
    public void A_span_records_its_stage_when_disposed_and_nothing_without_timings()
    {
        var timings = new SiteBuildTimings();
        using (SiteBuildTimings.Start(timings, "views"))
        {
            _ = new byte[1024 * 1024];
        }

        using (SiteBuildTimings.Start(null, "ignored"))
        {
        }

        var stage = Assert.Single(timings.Stages);
        Assert.Equal("views", stage.Stage);
        Assert.True(stage.Allocated >= 1024 * 1024);
    }
}
