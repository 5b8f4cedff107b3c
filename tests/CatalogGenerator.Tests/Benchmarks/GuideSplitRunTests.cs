using FleetCatalog.Benchmarks;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Benchmarks;

/// <summary>The --guides split on two READMEs: every step of the guide render gets a row. Not a timing test.</summary>
public sealed class GuideSplitRunTests
{
    private static readonly string[] Steps =
    [
        "input (cut, bidi controls)", "Markdig (Markdown to HTML)", "the tree (built from Markdig's HTML, else parsed)", "sanitiser (the tree, then its passes)", "task lists", "headings", "ids",
        "links and images", "deploy button flags", "link names", "alerts", "copy buttons", "scrollable tables", "serialise (DOM to HTML)", "deploy links in the Markdown",
    ];

    [Fact]
    public void Every_step_of_the_render_gets_a_row_and_the_scaling_rounds_run()
    {
        using var corpus = new TempDirectory();
        foreach (var (name, readme) in new[] { ("a__one", "# One\n\nSome `code` and a [link](docs/x.md).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"), ("b__two", "## Two\n\n<p align=\"center\"><img src=\"logo.png\"></p>\n\n```sh\nls\n```\n") })
        {
            Directory.CreateDirectory(Path.Combine(corpus.Path, name));
            File.WriteAllText(Path.Combine(corpus.Path, name, "README.md"), readme);
        }

        using var output = new StringWriter();

        var exit = GuideSplitRun.Run(corpus.Path, passes: 1, output, scaling: 4);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.StartsWith("2 corpus READMEs, 1 passes on one thread:", text, StringComparison.Ordinal);
        Assert.All(Steps, step => Assert.Contains($"| {step} |", text, StringComparison.Ordinal));
        Assert.Equal(3, text.Split('\n').Count(l => l.StartsWith("4 guides: one thread", StringComparison.Ordinal)));
    }
}
