using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Files;

public sealed class LogoUrlMustNameAnImageTests
{
    [Theory]
    [InlineData("https://example.com/logo.png")]
    [InlineData("https://example.com/logo.PNG")]
    [InlineData("https://example.com/logo.jpg")]
    [InlineData("https://example.com/logo.jpeg")]
    [InlineData("https://example.com/logo.svg")]
    [InlineData("https://example.com/logo.webp")]
    [InlineData("https://example.com/logo.gif")]
    [InlineData("https://cdn.shopify.com/s/files/1/0071/2281/3001/files/Nebra-Icon-Blue.png?v=1620938774")]
    [InlineData("https://example.com/logo.png#fragment")]
    [InlineData("https://avatars.githubusercontent.com/u/12345?s=512&v=4")]
    [InlineData("https://github.com/user-attachments/assets/0b2f3c4d-1234-4f5e-9a8b-7c6d5e4f3a2b")]
    public void Image_urls_pass(string url)
    {
        Assert.Empty(TestProject.ValidateManifest(LogoManifest.WithLogo(url)).WithCode(DiagnosticCodes.LogoUrlNotImage));
    }

    [Theory]
    [InlineData("https://example.com/logo")]
    [InlineData("https://example.com/logo.png.html")]
    [InlineData("https://imgur.com/a/abc123")]
    [InlineData("https://github.com/owner/repo")]
    [InlineData("https://example.com/image?file=logo.png")]
    public void Other_urls_are_a_warning_that_names_the_url(string url)
    {
        var diagnostics = TestProject.ValidateManifest(LogoManifest.WithLogo(url));

        var notImage = Assert.Single(diagnostics.WithCode(DiagnosticCodes.LogoUrlNotImage));
        Assert.Equal(DiagnosticSeverity.Warning, notImage.Severity);
        Assert.Equal((7, 12), (notImage.Span.Line, notImage.Span.Column));
        Assert.Contains($"'{url}'", notImage.Message, StringComparison.Ordinal);
        Assert.Contains(".png, .jpg, .jpeg, .svg, .webp or .gif", notImage.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://example.com/logo")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("https://github.com/owner/repo/blob/main/logo")]
    public void A_logo_already_reported_as_not_https_or_a_web_page_is_not_reported_again(string url)
    {
        Assert.Empty(TestProject.ValidateManifest(LogoManifest.WithLogo(url)).WithCode(DiagnosticCodes.LogoUrlNotImage));
    }
}
