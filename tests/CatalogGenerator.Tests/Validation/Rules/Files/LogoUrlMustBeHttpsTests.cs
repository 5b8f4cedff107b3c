using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Files;

public sealed class LogoUrlMustBeHttpsTests
{
    [Theory]
    [InlineData("https://raw.githubusercontent.com/owner/repo/main/logo.png")]
    [InlineData("HTTPS://example.com/logo.png")]
    [InlineData("''")]
    [InlineData("null")]
    public void Https_urls_and_missing_urls_pass(string url)
    {
        var diagnostics = TestProject.ValidateManifest(LogoManifest.WithLogo(url));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.LogoUrlNotHttps));
    }

    [Fact]
    public void No_logo_passes()
    {
        Assert.Empty(TestProject.ValidateManifest("name: x\ntype: sw.application\n").WithCode(DiagnosticCodes.LogoUrlNotHttps));
    }

    [Theory]
    [InlineData("http://example.com/logo.png", "https://example.com/logo.png")]
    [InlineData("HTTP://example.com/logo.png", "https://example.com/logo.png")]
    [InlineData("//example.com/logo.png", "https://example.com/logo.png")]
    [InlineData("example.com/logo.png", "https://example.com/logo.png")]
    [InlineData("www.example.org/img/logo.png", "https://www.example.org/img/logo.png")]
    public void A_web_address_without_https_is_an_error_with_the_https_url(string url, string meant)
    {
        var diagnostics = TestProject.ValidateManifest(LogoManifest.WithLogo(url));

        var insecure = Assert.Single(diagnostics.WithCode(DiagnosticCodes.LogoUrlNotHttps));
        Assert.Equal(DiagnosticSeverity.Error, insecure.Severity);
        Assert.Equal((7, 12), (insecure.Span.Line, insecure.Span.Column));
        Assert.Contains($"'{url}'", insecure.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean '{meant}'?", insecure.Message, StringComparison.Ordinal);
        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.LogoUrlNotImage));
    }

    [Theory]
    [InlineData("logo.png", "logo.png")]
    [InlineData("./logo.png", "logo.png")]
    [InlineData("/assets/logo.svg", "assets/logo.svg")]
    [InlineData("assets/logo.png", "assets/logo.png")]
    public void A_path_in_the_repository_is_an_error_with_its_raw_url_when_the_repository_is_known(string url, string path)
    {
        var diagnostics = TestProject.ValidateManifest(LogoManifest.WithLogo(url), repository: "git@github.com:Owner/Repo.git");

        var insecure = Assert.Single(diagnostics.WithCode(DiagnosticCodes.LogoUrlNotHttps));
        Assert.Equal((7, 12), (insecure.Span.Line, insecure.Span.Column));
        Assert.Contains($"'{url}' is a path in the repository", insecure.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean 'https://raw.githubusercontent.com/Owner/Repo/HEAD/{path}'?", insecure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_takes_the_repository_from_assets_repository_when_nothing_else_says()
    {
        var yaml = LogoManifest.WithLogo("logo.png") + "  repository:\n    type: blob.asset\n    data:\n      url: https://github.com/o/r\n";

        var insecure = Assert.Single(TestProject.ValidateManifest(yaml).WithCode(DiagnosticCodes.LogoUrlNotHttps));

        Assert.Contains("did you mean 'https://raw.githubusercontent.com/o/r/HEAD/logo.png'?", insecure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_without_a_known_repository_is_an_error_without_a_guess()
    {
        var insecure = Assert.Single(TestProject.ValidateManifest(LogoManifest.WithLogo("logo.png")).WithCode(DiagnosticCodes.LogoUrlNotHttps));

        Assert.DoesNotContain("did you mean", insecure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "data: URL")]
    [InlineData("ftp://example.com/logo.png", "not an https address")]
    [InlineData("file:///home/me/logo.png", "not an https address")]
    public void Other_schemes_are_errors(string url, string says)
    {
        var insecure = Assert.Single(TestProject.ValidateManifest(LogoManifest.WithLogo(url)).WithCode(DiagnosticCodes.LogoUrlNotHttps));

        Assert.Equal((7, 12), (insecure.Span.Line, insecure.Span.Column));
        Assert.Contains(says, insecure.Message, StringComparison.Ordinal);
        Assert.True(insecure.Message.Length < 400, insecure.Message);
    }
}
