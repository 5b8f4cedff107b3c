using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Files;

public sealed class LogoUrlMustBeTheImageItselfTests
{
    [Theory]
    [InlineData("https://raw.githubusercontent.com/owner/repo/main/logo.png")]
    [InlineData("https://github.com/owner/repo/blob/main/logo.png?raw=true")]
    [InlineData("https://github.com/owner/repo/blob/main/logo.png?raw=1")]
    [InlineData("https://github.com/owner/repo/raw/main/logo.png")]
    [InlineData("https://gitlab.com/group/repo/-/raw/main/logo.png")]
    [InlineData("https://example.com/blob/a/b/logo.png")]
    public void Image_files_pass(string url)
    {
        var diagnostics = TestProject.ValidateManifest(LogoManifest.WithLogo(url));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.LogoUrlIsWebPage));
    }

    [Theory]
    [InlineData("https://github.com/owner/repo/blob/main/logo.png", "https://raw.githubusercontent.com/owner/repo/main/logo.png")]
    [InlineData("'https://github.com/owner/repo/blob/main/assets/img/logo.svg'", "https://raw.githubusercontent.com/owner/repo/main/assets/img/logo.svg")]
    [InlineData("https://www.github.com/owner/repo/blob/v1.0/logo.png", "https://raw.githubusercontent.com/owner/repo/v1.0/logo.png")]
    [InlineData("https://github.com/owner/repo/blob/main/logo.png#L1", "https://raw.githubusercontent.com/owner/repo/main/logo.png")]
    [InlineData("https://github.com/owner/repo/blob/main/logo.png?plain=1", "https://raw.githubusercontent.com/owner/repo/main/logo.png")]
    [InlineData("http://github.com/owner/repo/blob/main/logo.png", "https://raw.githubusercontent.com/owner/repo/main/logo.png")]
    [InlineData("https://gitlab.com/group/sub/repo/-/blob/main/logo.png", "https://gitlab.com/group/sub/repo/-/raw/main/logo.png")]
    public void A_blob_page_is_an_error_that_gives_the_raw_url(string url, string raw)
    {
        var diagnostics = TestProject.ValidateManifest(LogoManifest.WithLogo(url));

        var page = Assert.Single(diagnostics.WithCode(DiagnosticCodes.LogoUrlIsWebPage));
        Assert.Equal(DiagnosticSeverity.Error, page.Severity);
        Assert.Equal((7, 12), (page.Span.Line, page.Span.Column));
        Assert.Contains($"'{url.Trim('\'')}'", page.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean '{raw}'?", page.Message, StringComparison.Ordinal);
        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.LogoUrlNotHttps));
        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.LogoUrlNotImage));
    }

    [Fact]
    public void A_blob_page_in_a_folded_scalar_is_reported_where_the_value_starts()
    {
        var yaml = "name: x\ntype: sw.application\nassets:\n  logo:\n    type: blob.asset\n    data:\n      url: >-\n        https://github.com/printpal-io/printwatch-balena/blob/main/logo.png\n";

        var page = Assert.Single(TestProject.ValidateManifest(yaml).WithCode(DiagnosticCodes.LogoUrlIsWebPage));

        Assert.Equal((7, 12), (page.Span.Line, page.Span.Column));
        Assert.Contains("'https://raw.githubusercontent.com/printpal-io/printwatch-balena/main/logo.png'", page.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_list_of_assets_layout_is_checked_too()
    {
        var yaml = "version: \"2\"\nslug: x\nassets:\n  - name: logo\n    url: https://github.com/o/r/blob/master/logo.png\n";

        var page = Assert.Single(TestProject.ValidateManifest(yaml).WithCode(DiagnosticCodes.LogoUrlIsWebPage));

        Assert.Equal((5, 10), (page.Span.Line, page.Span.Column));
    }
}
