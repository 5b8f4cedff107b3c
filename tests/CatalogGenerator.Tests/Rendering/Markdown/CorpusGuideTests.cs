using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Markdown;

/// <summary>
/// Every README in ../shared/corpus renders without an exception to inert HTML; two realistic ones are kept as
/// golden files (Golden/Guides), reviewed by hand.
/// </summary>
public sealed class CorpusGuideTests
{
    private static readonly GuideRenderer Renderer = new();

    [SharedDataFact]
    public void Every_corpus_readme_renders_inert()
    {
        var rendered = 0;
        foreach (var dir in Directory.EnumerateDirectories(TestPaths.Corpus).Order(StringComparer.Ordinal))
        {
            var readme = Path.Combine(dir, "README.md");
            if (!File.Exists(readme))
            {
                continue;
            }

            var guide = Renderer.Render(File.ReadAllText(readme), ContextOf(dir));

            InertHtml.Assert(guide.Html);
            Assert.DoesNotContain(guide.Findings, f => f.Code is "CAT800" or "CAT802" or "CAT803");
            rendered++;
        }

        Assert.True(rendered > 50, $"only {rendered} READMEs in the corpus");
    }

    [SharedDataTheory]
    [InlineData("Screenly__Anthias")]
    [InlineData("SamEureka__balenaCodeServer")]
    public void Realistic_readme_matches_its_reviewed_rendering(string project)
    {
        var dir = Path.Combine(TestPaths.Corpus, project);
        var guide = Renderer.Render(File.ReadAllText(Path.Combine(dir, "README.md")), ContextOf(dir) with { DropTitle = true, HighestHeadingLevel = 2 });

        var summary = $"Title: {guide.Title}\n"
            + string.Concat(guide.Headings.Select(h => $"h{h.Level} #{h.Id} {h.Text}\n"))
            + string.Concat(guide.Findings.Select(f => $"{f.Code} {f.Span.Line}:{f.Span.Column} {f.Message}\n"))
            + "----\n" + guide.Html;
        Golden.Verify(summary, $"Guides/{project}.html.txt");
    }

    private static GuideContext ContextOf(string dir)
    {
        var source = File.ReadAllLines(Path.Combine(dir, "SOURCE.txt"));
        string? Field(string name) => source.FirstOrDefault(l => l.StartsWith(name + ": ", StringComparison.Ordinal))?[(name.Length + 2)..].Trim();
        return GuideContext.For(Field("url")!, Field("commit") ?? "HEAD") with { SiteBaseUrl = new Uri("https://catalog.example.org/") };
    }
}
