using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Sources.Entries.EntryTesting;

namespace FleetCatalog.Tests.Sources.Entries;

/// <summary>Reading <c>allow:</c> (CAT607).</summary>
public sealed class EntryWaiversTests
{
    private const string Repository = "repository: https://github.com/o/r\n";

    [Fact]
    public void Waivers_in_block_form_are_read_with_their_positions()
    {
        var (entry, diagnostics) = Read($"{Repository}allow:\n  CAT403: the default is a demo key, printed in the guide\n  CAT505: the repository moved; the manifest still names the old one\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["CAT403", "CAT505"], entry!.Allow.Keys.Order(StringComparer.Ordinal));
        var waiver = entry.Allow["CAT403"];
        Assert.Equal("the default is a demo key, printed in the guide", waiver.Reason);
        Assert.Equal((3, 3), (waiver.Span.Line, waiver.Span.Column));
    }

    [Theory]
    [InlineData("CAT999", 3, "there is no code CAT999, so this waiver waives nothing")]
    [InlineData("CAT43", 3, "'CAT43' is not a diagnostic code")]
    [InlineData("cat403", 3, "did you mean 'CAT403'?")]
    [InlineData("CAT103", 3, "CAT103 (YAML syntax error) cannot be waived: the file could not be read")]
    [InlineData("CAT600", 3, "cannot be waived: it is about this entry itself")]
    [InlineData("CAT700", 3, "cannot be waived: it means the project could not be fetched")]
    [InlineData("CAT705", 3, "cannot be waived")]
    [InlineData("CAT000", 3, "cannot be waived: it reports a failure of the catalog tool itself")]
    public void A_waiver_of_a_code_that_does_not_exist_or_may_not_be_waived_is_refused(string code, int column, string expected)
    {
        var (entry, diagnostics) = Read($"{Repository}allow:\n  {code}: a reason\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryWaiverInvalid));
        AssertAt(finding, 3, column);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Empty(entry!.Allow);
    }

    [Theory]
    [InlineData("CAT403:", 3, 3)]
    [InlineData("CAT403: ''", 3, 11)]
    [InlineData("CAT403: '   '", 3, 11)]
    [InlineData("CAT403: [a, b]", 3, 11)]
    public void A_waiver_without_a_reason_is_refused(string line, int atLine, int column)
    {
        var (entry, diagnostics) = Read($"{Repository}allow:\n  {line}\n");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.EntryWaiverInvalid));
        AssertAt(finding, atLine, column);
        Assert.Contains("the waiver of CAT403 gives no reason", finding.Message, StringComparison.Ordinal);
        Assert.Empty(entry!.Allow);
    }

    [Fact]
    public void Allow_as_a_list_is_refused_with_the_form_to_write()
    {
        var finding = Single($"{Repository}allow: [CAT403]\n", DiagnosticCodes.EntryWaiverInvalid);

        AssertAt(finding, 2, 8);
        Assert.Contains("'allow' must be a mapping of codes to reasons", finding.Message, StringComparison.Ordinal);
    }
}
