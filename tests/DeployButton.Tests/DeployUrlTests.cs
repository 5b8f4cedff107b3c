namespace FleetCatalog.DeployButton.Tests;

public sealed class DeployUrlTests
{
    [Fact]
    public void A_repository_alone_gives_the_documented_link()
    {
        var url = DeployUrl.Create("https://github.com/owner/repo");

        Assert.Equal("https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/owner/repo", url.ToString());
        Assert.Equal(("https://github.com/owner/repo", null, null, null), (url.RepositoryUrl, url.DefaultDeviceType, url.ConfigUrl, url.TarballUrl));
    }

    [Fact]
    public void Every_parameter_is_written_in_the_order_repo_device_config_tarball()
    {
        var url = DeployUrl.Create(
            "https://github.com/ValiMail/secure-messager",
            "raspberrypi4-64",
            "https://raw.githubusercontent.com/ValiMail/secure-messager/main/.balena/balena.yml",
            "https://github.com/ValiMail/secure-messager/archive/main.tar.gz");

        Assert.Equal(
            "https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/ValiMail/secure-messager&defaultDeviceType=raspberrypi4-64" +
            "&configUrl=https://raw.githubusercontent.com/ValiMail/secure-messager/main/.balena/balena.yml" +
            "&tarballUrl=https://github.com/ValiMail/secure-messager/archive/main.tar.gz",
            url.ToString());
    }

    [Theory]
    [InlineData("https://github.com/owner/repo.git", "https://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo/", "https://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo.git/", "https://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo.GIT", "https://github.com/owner/repo")]
    [InlineData("https://www.github.com/owner/repo", "https://github.com/owner/repo")]
    [InlineData("https://GitHub.COM/Owner/Repo", "https://github.com/Owner/Repo")]
    [InlineData("https://github.com:443/owner/repo", "https://github.com/owner/repo")]
    [InlineData("  https://github.com/owner/repo\n", "https://github.com/owner/repo")]
    [InlineData("https://www.gitlab.com/group/subgroup/repo.git", "https://gitlab.com/group/subgroup/repo")]
    [InlineData("https://bitbucket.org/owner/repo", "https://bitbucket.org/owner/repo")]
    [InlineData("https://www.example.org/git/repo", "https://www.example.org/git/repo")]
    [InlineData("https://git.example.org:8443/team/repo.git", "https://git.example.org:8443/team/repo")]
    [InlineData("https://git.example.org/repo", "https://git.example.org/repo")]
    public void Spellings_of_one_repository_are_normalised(string written, string normalised)
    {
        Assert.Equal(normalised, DeployUrl.Create(written).RepositoryUrl);
    }

    [Fact]
    public void Characters_that_would_end_or_change_a_value_are_percent_encoded()
    {
        var url = DeployUrl.Create(
            "https://example.org/a&b/repo(1)",
            configUrl: "https://files.example.org/get?name=balena.yml&ref=v1+2#top",
            tarballUrl: "https://files.example.org/r%C3%A4der.tar.gz");

        Assert.Equal(
            "https://dashboard.balena-cloud.com/deploy?repoUrl=https://example.org/a%26b/repo%281%29" +
            "&configUrl=https://files.example.org/get%3Fname%3Dbalena.yml%26ref%3Dv1%2B2%23top" +
            "&tarballUrl=https://files.example.org/r%25C3%25A4der.tar.gz",
            url.ToString());
    }

    [Fact]
    public void Non_ascii_repository_paths_are_kept_as_an_escaped_address()
    {
        var url = DeployUrl.Create("https://codeberg.org/jürgen/räder");

        Assert.Equal("https://codeberg.org/j%C3%BCrgen/r%C3%A4der", url.RepositoryUrl);
        Assert.Equal(url.RepositoryUrl, DeployLink.Parse(url.ToString()).RepositoryUrl);
    }

    [Fact]
    public void A_device_type_is_trimmed()
    {
        Assert.Equal("raspberrypi4-64", DeployUrl.Create("https://github.com/o/r", " raspberrypi4-64 ").DefaultDeviceType);
    }

    [Fact]
    public void Two_spellings_of_one_link_are_equal_and_a_different_device_is_not()
    {
        var a = DeployUrl.Create("https://github.com/o/r.git", "raspberrypi3");
        var b = DeployUrl.Create("https://www.github.com/o/r/", "raspberrypi3");
        var c = DeployUrl.Create("https://github.com/o/r", "raspberrypi4-64");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void ToUri_is_the_same_link()
    {
        var url = DeployUrl.Create("https://github.com/o/r", "intel-nuc");

        Assert.Equal(url.ToString(), url.ToUri().OriginalString);
        Assert.True(url.ToUri().IsAbsoluteUri);
    }

    [Fact]
    public void TryCreate_reports_every_bad_value_in_parameter_order()
    {
        var result = DeployUrl.TryCreate("http://github.com/o/r", "Raspberry Pi 4", "https://github.com/o/r/blob/main/balena.yml", "   ");

        Assert.False(result.Succeeded);
        Assert.Null(result.Url);
        Assert.Equal(["repoUrl", "defaultDeviceType", "configUrl", "tarballUrl"], result.Errors.Select(e => e.Parameter));
        Assert.Equal(
            [DeployButtonErrorKind.NotHttps, DeployButtonErrorKind.InvalidDeviceType, DeployButtonErrorKind.NotRawFile, DeployButtonErrorKind.Missing],
            result.Errors.Select(e => e.Kind));
    }

    [Fact]
    public void TryCreate_succeeds_with_no_errors()
    {
        var result = DeployUrl.TryCreate("https://github.com/o/r");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        Assert.Equal("https://github.com/o/r", result.Url.RepositoryUrl);
    }

    [Theory]
    [InlineData("ftp://github.com/o/r", null, null, null, "repositoryUrl")]
    [InlineData("https://github.com/o/r", "Pi 4", null, null, "defaultDeviceType")]
    [InlineData("https://github.com/o/r", null, "balena.yml", null, "configUrl")]
    [InlineData("https://github.com/o/r", null, null, "http://x.org/a.tgz", "tarballUrl")]
    public void Create_throws_an_argument_exception_naming_the_argument_with_the_message(string repo, string? device, string? config, string? tarball, string argument)
    {
        var exception = Assert.Throws<ArgumentException>(() => DeployUrl.Create(repo, device, config, tarball));

        Assert.Equal(argument, exception.ParamName);
        Assert.StartsWith(DeployUrl.TryCreate(repo, device, config, tarball).Errors[0].Message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_throws_on_a_null_repository()
    {
        Assert.Throws<ArgumentNullException>(() => DeployUrl.Create(null!));
    }
}
