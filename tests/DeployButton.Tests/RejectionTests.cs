namespace FleetCatalog.DeployButton.Tests;

/// <summary>Every value the dashboard cannot use is refused with a message that names it and, where likely, what was meant.</summary>
public sealed class RejectionTests
{
    [Theory]
    [InlineData("", DeployButtonErrorKind.Missing, null, "is empty")]
    [InlineData("   ", DeployButtonErrorKind.Missing, null, "is empty")]
    [InlineData("http://github.com/owner/repo", DeployButtonErrorKind.NotHttps, "https://github.com/owner/repo", "secure https connection")]
    [InlineData("http://github.com/owner/repo.git/", DeployButtonErrorKind.NotHttps, "https://github.com/owner/repo", "http://")]
    [InlineData("git@github.com:owner/repo.git", DeployButtonErrorKind.NotHttps, "https://github.com/owner/repo", "git address for cloning over SSH")]
    [InlineData("ssh://git@github.com/owner/repo.git", DeployButtonErrorKind.NotHttps, "https://github.com/owner/repo", "git address for cloning")]
    [InlineData("git://github.com/owner/repo.git", DeployButtonErrorKind.NotHttps, "https://github.com/owner/repo", "git address for cloning")]
    [InlineData("git+https://github.com/owner/repo.git", DeployButtonErrorKind.NotHttps, "https://github.com/owner/repo", "'git+https:'")]
    [InlineData("ftp://example.org/pub/repo", DeployButtonErrorKind.NotHttps, "https://example.org/pub/repo", "only from https://")]
    [InlineData("https://github.com:owner/repo", DeployButtonErrorKind.Malformed, "https://github.com/owner/repo", "after the host comes '/', not ':'")]
    [InlineData("https://github.com:owner/repo.git", DeployButtonErrorKind.Malformed, "https://github.com/owner/repo", "mixes a web address with a git address")]
    [InlineData("github.com/owner/repo", DeployButtonErrorKind.Malformed, "https://github.com/owner/repo", "no 'https://' at the start")]
    [InlineData("www.github.com/owner/repo.git", DeployButtonErrorKind.Malformed, "https://github.com/owner/repo", "no 'https://' at the start")]
    [InlineData("owner/repo", DeployButtonErrorKind.Malformed, null, "is not a web address")]
    [InlineData("https://github.com/owner/my repo", DeployButtonErrorKind.Malformed, null, "contains a space")]
    [InlineData("https://github.com/owner/re\u200Bpo", DeployButtonErrorKind.Malformed, null, "invisible character")]
    [InlineData("https://", DeployButtonErrorKind.Malformed, null, "is not a valid web address")]
    [InlineData("https://github.com/owner/repo?tab=readme-ov-file", DeployButtonErrorKind.Query, "https://github.com/owner/repo", "ends with '?tab=readme-ov-file'")]
    [InlineData("https://github.com/owner/repo?", DeployButtonErrorKind.Query, "https://github.com/owner/repo", "without a query")]
    [InlineData("https://github.com/owner/repo#readme", DeployButtonErrorKind.Fragment, "https://github.com/owner/repo", "ends with '#readme'")]
    [InlineData("https://github.com/owner", DeployButtonErrorKind.NotARepository, null, "has an owner and a name")]
    [InlineData("https://github.com/", DeployButtonErrorKind.NotARepository, null, "does not name a repository")]
    [InlineData("https://git.example.org/", DeployButtonErrorKind.NotARepository, null, "does not name a repository")]
    [InlineData("https://github.com/owner/repo/tree/dev", DeployButtonErrorKind.NotARepository, "https://github.com/owner/repo", "('/tree/dev')")]
    [InlineData("https://github.com/owner/repo/blob/main/README.md", DeployButtonErrorKind.NotARepository, "https://github.com/owner/repo", "tarballUrl")]
    [InlineData("https://gitlab.com/group/repo/-/tree/main", DeployButtonErrorKind.NotARepository, "https://gitlab.com/group/repo", "('/-/tree/main')")]
    [InlineData("https://localhost/owner/repo", DeployButtonErrorKind.NotPublic, null, "'localhost'")]
    [InlineData("https://192.168.1.10/owner/repo", DeployButtonErrorKind.NotPublic, null, "cannot reach from the internet")]
    [InlineData("https://[::1]/owner/repo", DeployButtonErrorKind.NotPublic, null, "cannot reach")]
    [InlineData("https://gitea/owner/repo", DeployButtonErrorKind.NotPublic, null, "'gitea'")]
    [InlineData("https://nas.local/owner/repo", DeployButtonErrorKind.NotPublic, null, "'nas.local'")]
    public void A_bad_repository_url_is_refused(string written, DeployButtonErrorKind kind, string? suggestion, string saying)
    {
        var error = Assert.Single(DeployUrl.TryCreate(written).Errors);

        Assert.Equal(("repoUrl", kind, suggestion), (error.Parameter, error.Kind, error.Suggestion));
        Assert.StartsWith("The repository URL", error.Message, StringComparison.Ordinal);
        Assert.Contains(saying, error.Message, StringComparison.Ordinal);
        if (written.Trim().Length > 0)
        {
            Assert.Contains($"'{written.Trim()}'", error.Message, StringComparison.Ordinal);
        }

        if (suggestion is not null)
        {
            Assert.EndsWith($"; did you mean '{suggestion}'?", error.Message, StringComparison.Ordinal);
            Assert.True(DeployUrl.TryCreate(suggestion).Succeeded, "a suggestion must itself be accepted");
        }
    }

    [Theory]
    [InlineData("https://user:secret@github.com/owner/repo", "https://***@github.com/owner/repo", DeployButtonErrorKind.Credentials)]
    [InlineData("https://ghp_s3cr3t@github.com/owner/repo", "https://***@github.com/owner/repo", DeployButtonErrorKind.Credentials)]
    [InlineData("http://user:secret@github.com/owner/repo", "http://***@github.com/owner/repo", DeployButtonErrorKind.NotHttps)]
    [InlineData("https://user:secret@github.com/owner/repo?x=1", "https://***@github.com/owner/repo?x=1", DeployButtonErrorKind.Credentials)]
    public void Credentials_are_refused_and_never_repeated(string written, string shown, DeployButtonErrorKind kind)
    {
        var error = Assert.Single(DeployUrl.TryCreate(written).Errors);

        Assert.Equal((kind, shown, "https://github.com/owner/repo"), (error.Kind, error.Value, error.Suggestion));
        Assert.Contains($"'{shown}'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credentials_message_says_why_it_matters()
    {
        var error = Assert.Single(DeployUrl.TryCreate("https://tok@github.com/o/r").Errors);

        Assert.Equal(
            "The repository URL 'https://***@github.com/o/r' holds a user name, password or token before the host: a deploy button is public, " +
            "so anyone could read it; remove it and make the repository public; did you mean 'https://github.com/o/r'?",
            error.Message);
    }

    [Theory]
    [InlineData("", DeployButtonErrorKind.Missing, null, "is empty")]
    [InlineData("RaspberryPi4-64", DeployButtonErrorKind.InvalidDeviceType, "raspberrypi4-64", "has capital letters")]
    [InlineData("Raspberry Pi 4", DeployButtonErrorKind.InvalidDeviceType, null, "is not a device-type slug")]
    [InlineData("raspberry_pi", DeployButtonErrorKind.InvalidDeviceType, null, "lowercase letters, digits and hyphens")]
    [InlineData("raspberrypi4-64&configUrl=https://evil.example/x", DeployButtonErrorKind.InvalidDeviceType, null, "is not a device-type slug")]
    [InlineData("-raspberrypi", DeployButtonErrorKind.InvalidDeviceType, null, "is not a device-type slug")]
    public void A_bad_device_type_is_refused(string written, DeployButtonErrorKind kind, string? suggestion, string saying)
    {
        var error = Assert.Single(DeployUrl.TryCreate("https://github.com/o/r", written).Errors);

        Assert.Equal(("defaultDeviceType", kind, suggestion), (error.Parameter, error.Kind, error.Suggestion));
        Assert.StartsWith("The device type", error.Message, StringComparison.Ordinal);
        Assert.Contains(saying, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", DeployButtonErrorKind.Missing, null, "leave configUrl out")]
    [InlineData("balena.yml", DeployButtonErrorKind.Malformed, null, "is not a web address")]
    [InlineData("http://raw.githubusercontent.com/o/r/main/balena.yml", DeployButtonErrorKind.NotHttps, "https://raw.githubusercontent.com/o/r/main/balena.yml", "http://")]
    [InlineData("https://github.com/o/r/blob/main/.balena/balena.yml", DeployButtonErrorKind.NotRawFile, "https://raw.githubusercontent.com/o/r/main/.balena/balena.yml", "the page's HTML")]
    [InlineData("https://gitlab.com/g/r/-/blob/main/balena.yml", DeployButtonErrorKind.NotRawFile, "https://gitlab.com/g/r/-/raw/main/balena.yml", "not the file itself")]
    [InlineData("https://t0ken@raw.githubusercontent.com/o/r/main/balena.yml", DeployButtonErrorKind.Credentials, "https://raw.githubusercontent.com/o/r/main/balena.yml", "user name")]
    [InlineData("https://raw.githubusercontent.com:o/r/main/balena.yml", DeployButtonErrorKind.Malformed, "https://raw.githubusercontent.com/o/r/main/balena.yml", "not ':'")]
    public void A_bad_config_url_is_refused(string written, DeployButtonErrorKind kind, string? suggestion, string saying)
    {
        var error = Assert.Single(DeployUrl.TryCreate("https://github.com/o/r", configUrl: written).Errors);

        Assert.Equal(("configUrl", kind, suggestion), (error.Parameter, error.Kind, error.Suggestion));
        Assert.StartsWith("The balena.yml URL (configUrl)", error.Message, StringComparison.Ordinal);
        Assert.Contains(saying, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("t0ken", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ", DeployButtonErrorKind.Missing, null, "leave tarballUrl out")]
    [InlineData("http://github.com/o/r/archive/main.tar.gz", DeployButtonErrorKind.NotHttps, "https://github.com/o/r/archive/main.tar.gz", "http://")]
    [InlineData("https://github.com/o/r/blob/main/dist/app.tar.gz", DeployButtonErrorKind.NotRawFile, "https://raw.githubusercontent.com/o/r/main/dist/app.tar.gz", "web page")]
    [InlineData("https://10.0.0.2/app.tar.gz", DeployButtonErrorKind.NotPublic, null, "'10.0.0.2'")]
    public void A_bad_tarball_url_is_refused(string written, DeployButtonErrorKind kind, string? suggestion, string saying)
    {
        var error = Assert.Single(DeployUrl.TryCreate("https://github.com/o/r", tarballUrl: written).Errors);

        Assert.Equal(("tarballUrl", kind, suggestion), (error.Parameter, error.Kind, error.Suggestion));
        Assert.StartsWith("The tarball URL (tarballUrl)", error.Message, StringComparison.Ordinal);
        Assert.Contains(saying, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_addresses_keep_their_query()
    {
        var url = DeployUrl.Create("https://github.com/o/r", tarballUrl: "https://codeload.example.org/archive?ref=main&format=tar.gz");

        Assert.Equal("https://codeload.example.org/archive?ref=main&format=tar.gz", url.TarballUrl);
    }

    [Fact]
    public void An_error_reads_as_its_message()
    {
        var error = DeployUrl.TryCreate("http://github.com/o/r").Errors[0];

        Assert.Equal(error.Message, error.ToString());
        Assert.Equal("http://github.com/o/r", error.Value);
    }
}
