using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Validation.Rules.Files;

public sealed class ReadmeDeployButtonMustPointAtThisRepositoryTests
{
    private const string Manifest = "name: x\ntype: sw.application\n";

    private static string Button(string repoUrl) =>
        $"# Project\n\n[![deploy button](https://balena.io/deploy.svg)](https://dashboard.balena-cloud.com/deploy?repoUrl={repoUrl})\n";

    [Theory]
    [InlineData("https://github.com/owner/repo")]
    [InlineData("https://github.com/Owner/Repo/")]
    [InlineData("https://github.com/owner/repo.git")]
    [InlineData("https%3A%2F%2Fgithub.com%2Fowner%2Frepo")]
    [InlineData("https://github.com/owner/repo&defaultDeviceType=raspberrypi4-64")]
    public void A_button_for_this_repository_passes(string repoUrl)
    {
        var diagnostics = TestProject.ValidateDirectory("git@github.com:owner/repo.git", ("balena.yml", Manifest), ("README.md", Button(repoUrl)));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonOtherRepository));
    }

    [Fact]
    public void A_button_for_another_repository_is_a_warning_at_the_link_naming_both()
    {
        var diagnostics = TestProject.ValidateDirectory(
            "https://github.com/owner/repo",
            ("balena.yml", Manifest),
            ("README.md", Button("https://github.com/balenablocks/template")));

        var other = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonOtherRepository));
        Assert.Equal(DiagnosticSeverity.Warning, other.Severity);
        Assert.Equal("README.md", other.File);
        Assert.Equal((3, 50), (other.Span.Line, other.Span.Column));
        Assert.Contains("deploys https://github.com/balenablocks/template, but this project is https://github.com/owner/repo", other.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'repoUrl=https://github.com/owner/repo'?", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_known_repository_the_button_is_compared_with_assets_repository()
    {
        var diagnostics = TestProject.ValidateDirectory(
            ("balena.yml", LogoManifest.WithRepository("https://github.com/owner/repo")),
            ("README.md", Button("https://github.com/old-owner/repo")));

        var other = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonOtherRepository));
        Assert.Contains("deploys https://github.com/old-owner/repo, but assets.repository names https://github.com/owner/repo", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_repository_to_compare_with_nothing_is_reported()
    {
        var diagnostics = TestProject.ValidateDirectory(("balena.yml", Manifest), ("README.md", Button("https://github.com/a/b")));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonOtherRepository));
    }

    [Fact]
    public void Every_wrong_button_is_reported_at_its_own_place()
    {
        var readme = "1. [Deploy with balena](https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/a/b) (details below)\n\n"
            + "<a href=\"https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/owner/repo\">ok</a>\n\n"
            + "[button]: https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/c/d\n";

        var diagnostics = TestProject.ValidateDirectory("https://github.com/owner/repo", ("balena.yml", Manifest), ("README.md", readme));

        var others = diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonOtherRepository);
        Assert.Equal([(1, 25), (5, 11)], others.Select(d => (d.Span.Line, d.Span.Column)));
    }

    [Theory]
    [InlineData("<your-repo-url>")]
    [InlineData("")]
    public void A_repoUrl_that_is_no_repository_is_a_warning(string repoUrl)
    {
        var diagnostics = TestProject.ValidateDirectory("https://github.com/owner/repo", ("balena.yml", Manifest), ("README.md", $"[deploy](https://dashboard.balena-cloud.com/deploy?repoUrl={repoUrl})\n"));

        var other = Assert.Single(diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonOtherRepository));
        Assert.Equal((1, 10), (other.Span.Line, other.Span.Column));
        Assert.Contains($"'{repoUrl}', which is not a repository URL", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_button_without_repoUrl_is_left_to_the_referrer()
    {
        var diagnostics = TestProject.ValidateDirectory(
            "https://github.com/owner/repo",
            ("balena.yml", Manifest),
            ("README.md", "[![](https://balena.io/deploy.png)](https://dashboard.balena-cloud.com/deploy)\n"));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonOtherRepository));
    }

    [Fact]
    public void A_button_in_a_code_example_is_not_checked()
    {
        var readme = "Add this to your README:\n\n```markdown\n" + Button("https://github.com/YOUR/REPO") + "```\n";

        var diagnostics = TestProject.ValidateDirectory("https://github.com/owner/repo", ("balena.yml", Manifest), ("README.md", readme));

        Assert.Empty(diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonOtherRepository));
    }

    [Fact]
    public void A_lower_case_readme_is_checked_under_its_own_name()
    {
        var diagnostics = TestProject.ValidateDirectory("https://github.com/owner/repo", ("balena.yml", Manifest), ("readme.md", Button("https://github.com/a/b")));

        Assert.Equal("readme.md", Assert.Single(diagnostics.WithCode(DiagnosticCodes.ReadmeDeployButtonOtherRepository)).File);
    }
}
