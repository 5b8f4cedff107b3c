using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Files;

public sealed class ReadmeDeployButtonMustNameItsRepositoryTests
{
    private const string Manifest = "name: x\ntype: sw.application\n";

    [Fact]
    public void A_button_without_repoUrl_is_a_warning_at_the_link_with_the_full_fix()
    {
        var diagnostics = TestProject.ValidateDirectory(
            "https://github.com/example/sound",
            ("balena.yml", Manifest),
            ("README.md", "# Sound\n\n[![deploy](https://balena.io/deploy.svg)](https://dashboard.balena-cloud.com/deploy)\n"));

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonWithoutRepoUrl));
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("README.md", finding.File);
        Assert.Equal((3, 43), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("deploy?repoUrl=https://github.com/example/sound", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_button_with_repoUrl_passes()
    {
        var diagnostics = TestProject.ValidateDirectory(
            "https://github.com/example/sound",
            ("balena.yml", Manifest),
            ("README.md", "[deploy](https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/example/sound)\n"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonWithoutRepoUrl));
    }

    [Fact]
    public void Without_a_known_repository_the_fix_says_what_to_add()
    {
        var diagnostics = TestProject.ValidateDirectory(
            ("balena.yml", Manifest),
            ("README.md", "<a href=\"https://dashboard.balena-cloud.com/deploy?defaultDeviceType=raspberrypi3\">deploy</a>\n"));

        var finding = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonWithoutRepoUrl));
        Assert.Contains("add '?repoUrl='", finding.Message, StringComparison.Ordinal);
    }
}
