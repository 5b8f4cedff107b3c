using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

public sealed class NameShouldBeGivenTests
{
    [Fact]
    public void A_name_passes() =>
        Assert.Empty(TestProject.ValidateManifest("type: sw.application\nname: Thing\n").WithCode(DiagnosticCodes.NameMissing));

    [Fact]
    public void A_missing_name_is_a_warning_at_the_top_of_the_file()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\n").WithCode(DiagnosticCodes.NameMissing));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((1, 1), (finding.Span.Line, finding.Span.Column));
        Assert.StartsWith("'name' is missing", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: ''", 7)]
    [InlineData("name: '   '", 7)]
    [InlineData("name:", 6)]
    [InlineData("name: null", 7)]
    public void An_empty_name_is_a_warning_at_its_value(string line, int column)
    {
        var finding = Assert.Single(TestProject.ValidateManifest($"type: sw.application\n{line}\n").WithCode(DiagnosticCodes.NameMissing));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((2, column), (finding.Span.Line, finding.Span.Column));
        Assert.StartsWith("'name' is empty", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_name_is_offered_as_an_example()
    {
        var finding = Assert.Single(
            TestProject.ValidateManifest("type: sw.application\nassets:\n  repository:\n    type: blob.asset\n    data:\n      url: https://github.com/a/balena-sound\n")
                .WithCode(DiagnosticCodes.NameMissing));

        Assert.Contains("'name: balena-sound'", finding.Message, StringComparison.Ordinal);
    }
}
