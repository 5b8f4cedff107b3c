using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using static FleetCatalog.Tests.Rendering.Markdown.GuideRendering;

namespace FleetCatalog.Tests.Rendering.Markdown.DeployButtons;

public sealed class DeployButtonFlagsTests
{
    private const string Button = "[![Deploy with balena](https://balena.io/deploy.svg)](https://dashboard.balena-cloud.com/deploy?repoUrl=";

    [Fact]
    public void A_button_for_this_repository_is_left_alone()
    {
        var guide = Render(Button + "https://github.com/Acme/weather.git)\n");

        Assert.DoesNotContain("guide-deploy", guide.Html, StringComparison.Ordinal);
        Assert.Empty(guide.Findings);
    }

    [Fact]
    public void A_button_for_another_repository_is_flagged_in_the_html_and_in_the_findings()
    {
        var guide = Render("Intro\n\n" + Button + "https://github.com/balenablocks/template)\n");

        Assert.Contains("class=\"guide-deploy-elsewhere\"><img src=\"https://balena.io/deploy.svg\" alt=\"Deploy with balena\"", guide.Html, StringComparison.Ordinal);
        Assert.Contains("</a><strong class=\"guide-deploy-note\">This button deploys another repository: balenablocks/template.</strong>", guide.Html, StringComparison.Ordinal);
        var finding = Assert.Single(guide.Findings);
        Assert.Equal("CAT801", finding.Code);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("README.md", finding.File);
        Assert.Equal((3, 55), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("https://github.com/balenablocks/template", finding.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'repoUrl=https://github.com/acme/weather'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_button_whose_repo_url_is_no_repository_is_flagged()
    {
        var guide = Render(Button + "YOUR_REPO_URL)\n");

        Assert.Contains("<strong class=\"guide-deploy-note\">This button names no repository it can deploy (YOUR_REPO_URL).</strong>", guide.Html, StringComparison.Ordinal);
        Assert.Contains("'YOUR_REPO_URL'", Assert.Single(guide.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_expected_repository_can_differ_from_where_the_guide_lives()
    {
        var context = Context() with { ExpectedRepository = RepositoryUrl.Parse("https://github.com/acme/weather-fleet") };

        var guide = Render(Button + "https://github.com/acme/weather)\n", context);

        Assert.Contains("This button deploys another repository: acme/weather.", guide.Html, StringComparison.Ordinal);
        Assert.Single(guide.Findings);
    }

    [Fact]
    public void A_button_without_repo_url_is_given_this_repository_because_the_dashboard_cannot_guess_it_from_this_site()
    {
        var guide = Render("<a href=\"https://dashboard.balena-cloud.com/deploy?defaultDeviceType=raspberrypi4-64\"><img src=\"https://balena.io/deploy.svg\"></a>\n");

        Assert.Contains("href=\"https://dashboard.balena-cloud.com/deploy?defaultDeviceType=raspberrypi4-64&amp;repoUrl=https%3A%2F%2Fgithub.com%2Facme%2Fweather\"", guide.Html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Deploy with balena\"", guide.Html, StringComparison.Ordinal);
        Assert.Empty(guide.Findings);
    }

    [Fact]
    public void Buttons_shown_as_code_examples_are_neither_flagged_nor_reported()
    {
        var guide = Render("```markdown\n" + Button + "https://github.com/OWNER/REPO)\n```\n");

        Assert.DoesNotContain("guide-deploy-note", guide.Html, StringComparison.Ordinal);
        Assert.Empty(guide.Findings);
    }
}
