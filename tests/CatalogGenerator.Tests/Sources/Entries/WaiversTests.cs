using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using static FleetCatalog.Tests.Sources.Entries.EntryTesting;

namespace FleetCatalog.Tests.Sources.Entries;

public sealed class WaiversTests
{
    private static readonly SourceSpan At = new(7, 5, 7, 20);

    [Fact]
    public void A_waived_finding_becomes_an_info_at_the_same_place_with_the_reason()
    {
        var entry = Read("repository: https://github.com/o/r\nallow: { CAT403: \"the key is a public demo key\" }\n").Entry!;
        ImmutableArray<Diagnostic> findings =
        [
            DiagnosticCodes.SharedSecretDefault.Create("API_KEY has a literal default", "balena.yml", At),
            DiagnosticCodes.VariableWithoutDefault.Create("TZ has no default", "balena.yml", At),
        ];

        var result = Waivers.Apply(findings, entry);

        Assert.Equal(2, result.Length);
        var waived = result[0];
        Assert.Equal(("CAT610", DiagnosticSeverity.Info, "balena.yml", At), (waived.Code, waived.Severity, waived.File, waived.Span));
        Assert.StartsWith("CAT403 waived: the key is a public demo key", waived.Message, StringComparison.Ordinal);
        Assert.Contains("API_KEY has a literal default", waived.Message, StringComparison.Ordinal);
        Assert.Same(findings[1], result[1]);
    }

    [Fact]
    public void Without_waivers_the_findings_are_returned_unchanged()
    {
        var entry = Read("repository: https://github.com/o/r\n").Entry!;
        ImmutableArray<Diagnostic> findings = [DiagnosticCodes.SharedSecretDefault.Create("x", "balena.yml", At)];

        Assert.Equal(findings, Waivers.Apply(findings, entry));
    }

    [Fact]
    public void A_refused_code_is_never_waived_even_when_an_entry_is_built_by_hand()
    {
        var entry = Read("repository: https://github.com/o/r\n").Entry! with
        {
            Allow = ImmutableDictionary<string, Waiver>.Empty.Add("CAT700", new Waiver("CAT700", "gone", SourceSpan.None)),
        };
        ImmutableArray<Diagnostic> findings = [DiagnosticCodes.RepositoryNotFound.Create("not found", "projects/thing.yml", SourceSpan.None)];

        Assert.Equal("CAT700", Assert.Single(Waivers.Apply(findings, entry)).Code);
    }

    [Theory]
    [InlineData("CAT403", true)]
    [InlineData("CAT307", true)]
    [InlineData("CAT505", true)]
    [InlineData("CAT707", true)]
    [InlineData("CAT711", true)]
    [InlineData("CAT000", false)]
    [InlineData("CAT101", false)]
    [InlineData("CAT602", false)]
    [InlineData("CAT610", false)]
    [InlineData("CAT701", false)]
    [InlineData("CAT704", false)]
    [InlineData("CAT710", false)]
    [InlineData("CAT999", false)]
    [InlineData("CAT804", true)]
    [InlineData("CAT821", false)]
    [InlineData("CAT830", false)]
    [InlineData("CAT843", false)]
    [InlineData("CAT863", false)]
    public void Content_findings_may_be_waived_but_not_reading_entry_or_fetch_failures(string code, bool allowed)
    {
        Assert.Equal(allowed, Waivers.CanWaive(code));
    }
}
