using FleetCatalog.Cli.Entries;

namespace FleetCatalog.Tests.Cli.Entries;

public sealed class RepositoryArgumentTests
{
    [Theory]
    [InlineData("https://github.com/Owner/Repo")]
    [InlineData("https://github.com/Owner/Repo.git")]
    [InlineData("https://github.com/Owner/Repo/")]
    [InlineData("  https://www.github.com/Owner/Repo  ")]
    [InlineData("git@github.com:Owner/Repo.git")]
    [InlineData("https://github.com/Owner/Repo/tree/main/docs")]
    [InlineData("HTTPS://GITHUB.COM/Owner/Repo")]
    public void Every_spelling_becomes_the_web_url(string text) =>
        Assert.Equal("https://github.com/Owner/Repo", RepositoryArgument.Normalize(text));

    [Fact]
    public void A_file_url_is_kept_without_its_trailing_slash() =>
        Assert.Equal("file:///srv/mirrors/o/r", RepositoryArgument.Normalize("file:///srv/mirrors/o/r/"));

    [Theory]
    [InlineData("hello")]
    [InlineData("https://github.com/just-an-owner")]
    [InlineData("")]
    public void Text_that_names_no_repository_is_null(string text) => Assert.Null(RepositoryArgument.Normalize(text));
}
