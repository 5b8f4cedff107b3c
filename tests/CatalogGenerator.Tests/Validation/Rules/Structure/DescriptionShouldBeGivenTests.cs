using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

public sealed class DescriptionShouldBeGivenTests
{
    [Theory]
    [InlineData("description: Plays music")]
    [InlineData("description: >-\n  Plays\n  music")]
    public void A_description_passes(string lines) =>
        Assert.Empty(TestProject.ValidateManifest($"type: sw.application\n{lines}\n").WithCode(DiagnosticCodes.DescriptionMissing));

    [Fact]
    public void The_2020_layouts_description_under_data_counts() =>
        Assert.Empty(TestProject.ValidateManifest("slug: x\ntype: sw.application\ndata:\n  description: Plays music\n").WithCode(DiagnosticCodes.DescriptionMissing));

    [Fact]
    public void A_missing_description_is_a_warning_at_the_top_of_the_file()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\n").WithCode(DiagnosticCodes.DescriptionMissing));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((1, 1), (finding.Span.Line, finding.Span.Column));
        Assert.StartsWith("'description' is missing", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_description_is_a_warning_at_its_value()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\ndescription: \"\"\n").WithCode(DiagnosticCodes.DescriptionMissing));

        Assert.Equal((2, 14), (finding.Span.Line, finding.Span.Column));
        Assert.StartsWith("'description' is empty", finding.Message, StringComparison.Ordinal);
    }
}
