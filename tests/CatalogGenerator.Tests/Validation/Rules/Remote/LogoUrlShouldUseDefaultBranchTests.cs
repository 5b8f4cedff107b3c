using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Remote;

public sealed class LogoUrlShouldUseDefaultBranchTests
{
    private const string Repository = "https://github.com/example/sound";

    [Fact]
    public void A_logo_on_another_branch_is_a_warning_with_the_default_branch_url()
    {
        var diagnostics = Validate("https://raw.githubusercontent.com/example/sound/feature-logo/logo.png");

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.LogoOnOtherBranch));
        Assert.Equal((7, 12), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("'feature-logo'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'https://raw.githubusercontent.com/example/sound/main/logo.png'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://raw.githubusercontent.com/example/sound/main/logo.png")]
    [InlineData("https://raw.githubusercontent.com/example/sound/HEAD/logo.png")]
    [InlineData("https://raw.githubusercontent.com/example/sound/refs/heads/main/logo.png")]
    [InlineData("https://raw.githubusercontent.com/example/sound/refs/tags/release-1/logo.png")]
    [InlineData("https://raw.githubusercontent.com/example/sound/v1.2.0/logo.png")]
    [InlineData("https://raw.githubusercontent.com/example/sound/0123abcd/logo.png")]
    [InlineData("https://raw.githubusercontent.com/someone-else/art/develop/logo.png")]
    [InlineData("https://example.org/logo.png")]
    public void Stable_or_foreign_logo_urls_pass(string url) =>
        Assert.Empty(Validate(url).WithCode(DiagnosticCodes.LogoOnOtherBranch));

    [Fact]
    public void A_refs_heads_url_on_another_branch_is_caught_too()
    {
        var finding = Assert.Single(Validate("https://raw.githubusercontent.com/example/sound/refs/heads/dev/logo.png").WithCode(DiagnosticCodes.LogoOnOtherBranch));

        Assert.Contains("'dev'", finding.Message, StringComparison.Ordinal);
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Validate(string logo) =>
        TestProject.ValidateManifest(
            $"name: x\ntype: sw.application\nassets:\n  logo:\n    type: blob.asset\n    data:\n      url: {logo}\n",
            Repository,
            new RemoteRepository("main", Archived: false));
}
