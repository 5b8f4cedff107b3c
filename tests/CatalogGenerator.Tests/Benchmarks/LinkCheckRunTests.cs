using System.Text.RegularExpressions;
using FleetCatalog.Benchmarks;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Benchmarks;

/// <summary>The --links run on a three-file site: it counts what it checked and prints its line. Not a timing test.</summary>
public sealed class LinkCheckRunTests
{
    [Fact]
    public void It_checks_a_built_site_and_says_what_it_found()
    {
        using var site = new TempDirectory();
        site.Write("index.html", """<a href="/learn/">learn</a> <a href="/gone/">gone</a>""");
        site.Write("learn/index.html", """<a href="/#top">home</a>""");
        site.Write("assets/site.css", "body{}");
        using var output = new StringWriter();

        var exit = LinkCheckRun.Run(site.Path, "https://example.org/", passes: 2, output);

        Assert.Equal(0, exit);
        Assert.Matches(new Regex(@"^3 files, 2 pages, 1 findings: link check median \d+ ms \(min \d+, max \d+\), \d+ MB allocated, 2 passes$"), output.ToString().Trim());
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        using var output = new StringWriter();

        Assert.Equal(2, LinkCheckRun.Run("/nonexistent/site", "https://example.org/", passes: 1, output));
        Assert.Contains("/nonexistent/site: no such folder", output.ToString(), StringComparison.Ordinal);
    }
}
