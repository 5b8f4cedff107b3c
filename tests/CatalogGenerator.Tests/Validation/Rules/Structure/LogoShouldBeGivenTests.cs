using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Structure;

public sealed class LogoShouldBeGivenTests
{
    [Fact]
    public void A_logo_passes() =>
        Assert.Empty(TestProject.ValidateManifest("type: sw.application\nassets:\n  logo:\n    type: blob.asset\n    data:\n      url: https://x/logo.png\n").WithCode(DiagnosticCodes.LogoMissing));

    [Fact]
    public void Without_assets_the_warning_is_at_the_top_of_the_file()
    {
        var finding = Assert.Single(TestProject.ValidateManifest("type: sw.application\n").WithCode(DiagnosticCodes.LogoMissing));

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal((1, 1), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("'assets.logo'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("512 x 512", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_other_assets_the_warning_is_at_assets_and_shows_a_url_in_this_repository()
    {
        var finding = Assert.Single(
            TestProject.ValidateManifest("type: sw.application\nassets:\n  repository:\n    type: blob.asset\n    data:\n      url: https://github.com/a/b\n")
                .WithCode(DiagnosticCodes.LogoMissing));

        Assert.Equal((2, 1), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("url: https://raw.githubusercontent.com/a/b/HEAD/logo.png", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Logo")]
    [InlineData("icon")]
    public void A_misspelt_logo_is_left_to_the_key_rule(string slug)
    {
        var diagnostics = TestProject.ValidateManifest($"type: sw.application\nassets:\n  {slug}:\n    type: blob.asset\n    data:\n      url: https://x/logo.png\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.LogoMissing));
        Assert.Single(diagnostics.WithCode(DiagnosticCodes.UnknownKey));
    }

    [Fact]
    public void A_logo_without_url_is_malformed_not_missing()
    {
        var diagnostics = TestProject.ValidateManifest("type: sw.application\nassets:\n  logo:\n    type: blob.asset\n");

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.LogoMissing));
        Assert.Single(diagnostics.WithCode(DiagnosticCodes.InvalidAsset));
    }
}
