using FleetCatalog.Benchmarks.Site;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Benchmarks;

/// <summary>
/// The --site harness on a tiny catalog: it completes, measures every row, prints the table and writes its section.
/// Not a timing test: the numbers of a 3-project catalog on a shared machine mean nothing.
/// </summary>
public sealed class SiteBenchTests
{
    [SharedDataFact]
    public async Task The_harness_runs_on_a_tiny_catalog_and_prints_and_writes_the_table()
    {
        using var temp = new TempDirectory();
        var docs = Path.Combine(temp.Path, "benchmarks.md");
        File.WriteAllText(docs, "# Benchmarks\n\nBefore.\n\n" + SiteBenchReport.Start + "\nold results\n" + SiteBenchReport.End + "\n\nAfter.\n");
        var options = new SiteBenchOptions([3], 1, TestPaths.Corpus, TestPaths.RepositoryRoot, docs, Search: true, Hugo: true, "test --site 3 --runs 1");
        using var console = new StringWriter();

        var exit = await SiteBench.RunAsync(options, console);

        var output = console.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("**3 projects**", output, StringComparison.Ordinal);
        Assert.Contains("| measured | wall (median) | site stages in process | peak RSS | ours ÷ Hugo |", output, StringComparison.Ordinal);
        foreach (var row in new[] { "site stages alone", "site stages, guides from the cache", "full build (", "full build with refresh", "Pagefind alone", "no-op rebuild, offline", "no-op rebuild, with refresh", "one entry edited", "one project changed" })
        {
            Assert.Contains("| " + row, output, StringComparison.Ordinal);
        }

        Assert.Equal(HugoSite.Installed(), output.Contains("| Hugo (same README bodies)", StringComparison.Ordinal));
        var written = File.ReadAllText(docs);
        Assert.DoesNotContain("old results", written, StringComparison.Ordinal);
        Assert.Contains("**3 projects**", written, StringComparison.Ordinal);
        Assert.StartsWith("# Benchmarks\n\nBefore.", written, StringComparison.Ordinal);
        Assert.EndsWith("After.\n", written, StringComparison.Ordinal);
    }
}
