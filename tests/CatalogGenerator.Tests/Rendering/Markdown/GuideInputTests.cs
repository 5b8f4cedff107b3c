using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Markdown;

namespace FleetCatalog.Tests.Rendering.Markdown;

public sealed class GuideInputTests
{
    [Fact]
    public void A_guide_within_the_limit_is_kept_whole()
    {
        var findings = new List<Diagnostic>();
        var text = new string('a', GuideInput.MaxLength);

        Assert.Same(text, GuideInput.Prepare(text, "README.md", findings));
        Assert.Empty(findings);
    }

    [Fact]
    public void A_longer_guide_is_cut_after_its_last_whole_line_with_a_finding_naming_the_line()
    {
        var findings = new List<Diagnostic>();
        var line = new string('x', 99) + "\n";
        var text = string.Concat(Enumerable.Repeat(line, 20_000));

        var kept = GuideInput.Prepare(text, "docs/guide.md", findings);

        Assert.Equal(10_485 * 100, kept.Length);
        var finding = Assert.Single(findings);
        Assert.Equal("CAT800", finding.Code);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("docs/guide.md", finding.File);
        Assert.Equal(10_486, finding.Span.Line);
        Assert.Contains("the guide is 1.9 MB long, more than the 1.0 MB the site shows, so it stops after line 10485", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_enormous_line_is_cut_at_the_limit_but_never_inside_a_character()
    {
        var text = new string('a', GuideInput.MaxLength - 1) + "😀" + "tail";

        var kept = GuideInput.Prepare(text, "README.md", []);

        Assert.Equal(GuideInput.MaxLength - 1, kept.Length);
    }
}
