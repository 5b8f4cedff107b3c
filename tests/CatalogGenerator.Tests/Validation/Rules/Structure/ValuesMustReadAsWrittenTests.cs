using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

public sealed class ValuesMustReadAsWrittenTests
{
    private static IReadOnlyList<Diagnostic> Check(string value) =>
        TestProject.ValidateManifest($"type: sw.application\ndata:\n  applicationEnvironmentVariables:\n    - VALUE: {value}\n").WithCode(DiagnosticCodes.AmbiguousScalar);

    [Theory]
    [InlineData("\"0x4444\"")]
    [InlineData("'on'")]
    [InlineData("80")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("True")]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("hello world")]
    [InlineData("!!str 0x10")]
    [InlineData("9007199254740991")]
    [InlineData("1.0.0")]
    [InlineData("https://example.com:8080/x")]
    public void Values_that_read_as_written_pass(string value) => Assert.Empty(Check(value));

    [Theory]
    [InlineData("0x4444", "17476")]
    [InlineData("1e3", "1000")]
    [InlineData("1.10", "1.1")]
    [InlineData("12345678901234567", "12345678901234568")]
    [InlineData("0755", "755")]
    [InlineData("+5", "5")]
    [InlineData(".inf", "Infinity")]
    public void Numbers_YAML_changes_are_warnings_naming_both(string value, string becomes)
    {
        var finding = Assert.Single(Check(value));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((4, 14), (finding.Span.Line, finding.Span.Column));
        Assert.Contains($"'{value}' as the number {becomes}", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith($"(VALUE: \"{value}\")", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leading_zero_mentions_the_octal_reading_of_older_readers() =>
        Assert.Contains("octal number 493", Assert.Single(Check("0755")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("on", "true")]
    [InlineData("yes", "true")]
    [InlineData("No", "false")]
    [InlineData("OFF", "false")]
    public void YAML_1_1_booleans_are_warnings_to_quote(string value, string meaning)
    {
        var finding = Assert.Single(Check(value));

        Assert.Equal((4, 14), (finding.Span.Line, finding.Span.Column));
        Assert.Contains($"'{value}' is the text '{value}' to balena but the boolean {meaning}", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith($"(VALUE: \"{value}\")", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1:30", "90")]
    [InlineData("12:00:00", "43200")]
    public void Sexagesimal_numbers_are_warnings_to_quote(string value, string number)
    {
        var finding = Assert.Single(Check(value));

        Assert.Contains($"'{value}' is the text '{value}' to balena but the number {number}", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_in_the_document_is_walked_and_keys_are_not()
    {
        var diagnostics = TestProject.ValidateManifest("""
            type: sw.application
            fleetcta: on
            data:
              applicationConfigVariables:
                yes: fine
              supportedDeviceTypes:
                - 0x10
            """ + "\n").WithCode(DiagnosticCodes.AmbiguousScalar);

        Assert.Equal([(2, 11), (7, 7)], diagnostics.Select(d => (d.Span.Line, d.Span.Column)));
        Assert.EndsWith("(- \"0x10\")", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Joinable_is_told_to_use_a_real_boolean()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\njoinable: yes\n").WithCode(DiagnosticCodes.AmbiguousScalar));

        Assert.Equal((2, 11), (finding.Span.Line, finding.Span.Column));
        Assert.EndsWith("write 'joinable: true'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_top_level_version_is_left_to_its_own_rule() =>
        Assert.Empty(TestProject.ValidateManifest("type: sw.application\nversion: 1.10\n").WithCode(DiagnosticCodes.AmbiguousScalar));

    [Fact]
    public void A_value_shared_through_an_alias_is_reported_once()
    {
        var diagnostics = TestProject.ValidateManifest("type: sw.application\nfleetcta: &v 0x10\ndata:\n  applicationEnvironmentVariables:\n    - A: *v\n    - B: *v\n");

        Assert.Single(diagnostics.WithCode(DiagnosticCodes.AmbiguousScalar));
    }
}
