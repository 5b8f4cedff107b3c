using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

public sealed class VersionMustBeSemverTests
{
    [Theory]
    [InlineData("version: 1.0.0")]
    [InlineData("version: '0.6.7'")]
    [InlineData("version: 2.3.1-rc.1+build.7")]
    [InlineData("version:")]
    [InlineData("version: ''")]
    [InlineData("name: no version at all")]
    public void Semver_or_no_version_passes(string line)
    {
        var diagnostics = TestProject.ValidateManifest($"type: sw.application\n{line}\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.VersionNotSemver));
    }

    [Theory]
    [InlineData("'2'", "'2'", "2.0.0")]
    [InlineData("\"1.3.01\"", "'1.3.01'", "1.3.1")]
    [InlineData("1.3.01", "'1.3.01'", "1.3.1")]
    [InlineData("1.0.0.4", "'1.0.0.4'", "1.0.0")]
    [InlineData("2021.11.05", "'2021.11.05'", "2021.11.5")]
    public void Text_that_is_not_semver_is_an_error_with_the_nearest_version(string written, string named, string suggestion)
    {
        var diagnostics = TestProject.ValidateManifest($"type: sw.application\nversion: {written}\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.VersionNotSemver));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal((2, 10), (finding.Span.Line, finding.Span.Column));
        Assert.Contains($"'version' is {named}", finding.Message, StringComparison.Ordinal);
        Assert.Contains("balena deploy refuses", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith($"did you mean '{suggestion}'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leading_zeros_are_named_as_the_problem()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\nversion: 1.3.01\n").WithCode(DiagnosticCodes.VersionNotSemver));

        Assert.Contains("no leading zeros", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unquoted_number_says_what_YAML_made_of_it()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\nversion: 1.0\n").WithCode(DiagnosticCodes.VersionNotSemver));

        Assert.Equal((2, 10), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("'version' is 1.0, which YAML reads as the number 1", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean '1.0.0'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_unlike_a_version_gets_an_example_instead_of_a_suggestion()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\nversion: latest\n").WithCode(DiagnosticCodes.VersionNotSemver));

        Assert.Contains("'latest'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("such as '1.0.0'", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leading_v_is_a_warning_asking_for_plain_semver()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\nversion: v1.2.3\n").WithCode(DiagnosticCodes.VersionNotSemver));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((2, 10), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("'v1.2.3'", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean '1.2.3'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_2020_layout_marker_is_left_to_the_layout_rule()
    {
        var diagnostics = TestProject.ValidateManifest("version: \"2\"\nslug: x\ntype: sw.application\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.VersionNotSemver));
        Assert.Single(diagnostics.WithCode(DiagnosticCodes.LegacyAssetsList));
    }

    [SharedDataFact]
    public void The_corpus_project_with_a_leading_zero_is_caught()
    {
        var yaml = File.ReadAllText(Path.Combine(TestPaths.Corpus, "printpal-io__printwatch-balena", "balena.yml"));

        var finding = Assert.Single(TestProject.ValidateManifest(yaml).WithCode(DiagnosticCodes.VersionNotSemver));
        Assert.EndsWith("did you mean '1.3.1'?", finding.Message, StringComparison.Ordinal);
    }
}
