namespace FleetCatalog.DeployButton.Tests;

public sealed class DeployLinkTests
{
    [Theory]
    [InlineData("https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/o/r", true)]
    [InlineData("https://dashboard.balena-cloud.com/deploy", true)]
    [InlineData("https://dashboard.balena-cloud.com/deploy#top", true)]
    [InlineData("https://dashboard.balena-cloud.com/deploy/?repoUrl=https://github.com/o/r", false)]
    [InlineData("http://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/o/r", false)]
    [InlineData("https://www.dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/o/r", false)]
    [InlineData("HTTPS://Dashboard.Balena-Cloud.com/deploy?repoUrl=https://github.com/o/r", false)]
    [InlineData("  https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/o/r  ", true)]
    public void Any_spelling_of_the_deploy_page_is_a_deploy_link(string url, bool canonical)
    {
        Assert.True(DeployLink.TryParse(url, out var link));
        Assert.Equal(canonical, link.IsCanonicalAddress);
        Assert.Equal(url.Trim(), link.Url);
        Assert.Equal(link.Url, link.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://dashboard.balena-cloud.com/deployments")]
    [InlineData("https://dashboard.balena-cloud.com/deploy-now?repoUrl=https://github.com/o/r")]
    [InlineData("https://dashboard.balena-cloud.com.evil.example/deploy?repoUrl=https://github.com/o/r")]
    [InlineData("https://evil.example/?https://dashboard.balena-cloud.com/deploy")]
    [InlineData("https://hub.balena.io/organizations/bdi/apps/starter-interface")]
    [InlineData("https://www.balena.io/deploy.svg")]
    [InlineData("https://balena.io/deploy.png")]
    [InlineData("dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/o/r")]
    public void Other_addresses_are_not_deploy_links(string url)
    {
        Assert.False(DeployLink.TryParse(url, out var link));
        Assert.Null(link);
    }

    [Fact]
    public void Null_is_not_a_deploy_link()
    {
        Assert.False(DeployLink.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => DeployLink.Parse(null!));
    }

    [Fact]
    public void Parse_throws_a_format_exception_that_hides_credentials()
    {
        var exception = Assert.Throws<FormatException>(() => DeployLink.Parse("https://user:secret@example.org/deploy"));

        Assert.Contains("'https://***@example.org/deploy' is not a link to balena's deploy page", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_documented_parameter_is_read_from_a_real_link()
    {
        var link = DeployLink.Parse(
            "https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/ValiMail/secure-messager" +
            "&configUrl=https://raw.githubusercontent.com/ValiMail/secure-messager/main/.balena/balena.yml" +
            "&tarballUrl=https://github.com/ValiMail/secure-messager/archive/main.tar.gz&defaultDeviceType=raspberrypi3");

        Assert.Equal("https://github.com/ValiMail/secure-messager", link.RepositoryUrl);
        Assert.Equal("raspberrypi3", link.DefaultDeviceType);
        Assert.Equal("https://raw.githubusercontent.com/ValiMail/secure-messager/main/.balena/balena.yml", link.ConfigUrl);
        Assert.Equal("https://github.com/ValiMail/secure-messager/archive/main.tar.gz", link.TarballUrl);
        Assert.Empty(link.UnknownParameters);
        Assert.Equal(4, link.Parameters.Count);
    }

    [Fact]
    public void A_link_without_a_query_has_no_parts()
    {
        var link = DeployLink.Parse("https://dashboard.balena-cloud.com/deploy");

        Assert.Equal((null, null, null, null), (link.RepositoryUrl, link.DefaultDeviceType, link.ConfigUrl, link.TarballUrl));
        Assert.Empty(link.Parameters);
    }

    [Fact]
    public void Unknown_parameters_are_kept_and_do_not_get_in_the_way()
    {
        var link = DeployLink.Parse("https://dashboard.balena-cloud.com/deploy?utm_source=readme&repoUrl=https://github.com/o/r&repourl=x&flag&defaultDeviceType=intel-nuc");

        Assert.Equal("https://github.com/o/r", link.RepositoryUrl);
        Assert.Equal("intel-nuc", link.DefaultDeviceType);
        Assert.Equal(
            [new("utm_source", "readme"), new("repourl", "x"), new("flag", string.Empty)],
            link.UnknownParameters);
        Assert.True(link.Validate().Succeeded);
    }

    [Fact]
    public void The_first_of_a_repeated_parameter_counts_as_in_a_browser()
    {
        var link = DeployLink.Parse("https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/a/first&repoUrl=https://github.com/b/second");

        Assert.Equal("https://github.com/a/first", link.RepositoryUrl);
        Assert.Equal(2, link.Parameters.Count);
    }

    [Fact]
    public void Values_are_decoded_as_a_browser_decodes_them()
    {
        var link = DeployLink.Parse("https://dashboard.balena-cloud.com/deploy?repoUrl=https%3A%2F%2Fgithub.com%2Fo%2Fr&defaultDeviceType=a+b%zz#repoUrl=ignored");

        Assert.Equal("https://github.com/o/r", link.RepositoryUrl);
        Assert.Equal("a b%zz", link.DefaultDeviceType);
    }

    [Fact]
    public void Validate_gives_the_normalised_link()
    {
        var link = DeployLink.Parse("http://www.dashboard.balena-cloud.com/deploy/?repoUrl=https://github.com/just4give/helium-dyi-hotspot-balena-pi4/&x=1");

        var result = link.Validate();

        Assert.True(result.Succeeded);
        Assert.Equal("https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/just4give/helium-dyi-hotspot-balena-pi4", result.Url.ToString());
    }

    [Fact]
    public void Validate_reports_the_values_the_dashboard_cannot_use()
    {
        var link = DeployLink.Parse("https://dashboard.balena-cloud.com/deploy?repoUrl=git@github.com:o/r.git&defaultDeviceType=Raspberry%20Pi%203");

        var result = link.Validate();

        Assert.Equal([DeployButtonErrorKind.NotHttps, DeployButtonErrorKind.InvalidDeviceType], result.Errors.Select(e => e.Kind));
        Assert.Equal("https://github.com/o/r", result.Errors[0].Suggestion);
    }

    [Fact]
    public void Validate_explains_that_a_link_without_repoUrl_relies_on_the_referrer()
    {
        var result = DeployLink.Parse("https://dashboard.balena-cloud.com/deploy?defaultDeviceType=Pi").Validate();

        Assert.Equal([DeployButtonErrorKind.Missing, DeployButtonErrorKind.InvalidDeviceType], result.Errors.Select(e => e.Kind));
        Assert.Equal(
            "The repository URL is missing (no repoUrl=): the dashboard then guesses the repository from the page the visitor came from, " +
            "which ad blockers and some browsers hide, so the button fails for them; add '?repoUrl=' and the repository's address.",
            result.Errors[0].Message);
    }

    [Fact]
    public void An_empty_repoUrl_is_empty_not_missing()
    {
        var error = DeployLink.Parse("https://dashboard.balena-cloud.com/deploy?repoUrl=").Validate().Errors[0];

        Assert.Equal(DeployButtonErrorKind.Missing, error.Kind);
        Assert.Contains("is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://github.com/owner/repo", null, null, null)]
    [InlineData("https://github.com/owner/repo", "raspberrypi4-64", null, null)]
    [InlineData("https://gitlab.com/group/sub/repo", "generic-amd64", "https://gitlab.com/group/sub/repo/-/raw/main/balena.yml", "https://gitlab.com/group/sub/repo/-/archive/main/repo-main.tar.gz")]
    [InlineData("https://example.org/a&b=c/r+e%20po(1)", null, "https://files.example.org/get?name=balena.yml&ref=v1+2#top", "https://files.example.org/x?y=%26&z=é")]
    [InlineData("https://codeberg.org/jürgen/räder", "raspberrypi0-2w-64", null, "https://codeberg.org/jürgen/räder/archive/main.tar.gz")]
    public void A_built_link_parses_back_into_the_same_parts(string repo, string? device, string? config, string? tarball)
    {
        var built = DeployUrl.Create(repo, device, config, tarball);

        var link = DeployLink.Parse(built.ToString());

        Assert.True(link.IsCanonicalAddress);
        Assert.Equal((built.RepositoryUrl, built.DefaultDeviceType, built.ConfigUrl, built.TarballUrl), (link.RepositoryUrl, link.DefaultDeviceType, link.ConfigUrl, link.TarballUrl));
        Assert.Empty(link.UnknownParameters);
        Assert.Equal(built, link.Validate().Url);
        Assert.Equal(built.ToString(), DeployLink.Parse(built.ToUri().AbsoluteUri).Validate().Url?.ToString());
    }
}
