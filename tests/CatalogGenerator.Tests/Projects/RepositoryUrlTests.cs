using FleetCatalog.Projects;

namespace FleetCatalog.Tests.Projects;

public sealed class RepositoryUrlTests
{
    [Theory]
    [InlineData("https://github.com/balena-labs-projects/browser")]
    [InlineData("https://github.com/balena-labs-projects/browser/")]
    [InlineData("https://github.com/balena-labs-projects/browser.git")]
    [InlineData("https://github.com/balena-labs-projects/browser.git/")]
    [InlineData("http://github.com/balena-labs-projects/browser")]
    [InlineData("https://github.com:balena-labs-projects/browser")]
    [InlineData("https://www.github.com/balena-labs-projects/browser")]
    [InlineData("https://GitHub.com/Balena-Labs-Projects/Browser")]
    [InlineData("  https://github.com/balena-labs-projects/browser  ")]
    [InlineData("git@github.com:balena-labs-projects/browser.git")]
    [InlineData("git@github.com:balena-labs-projects/browser")]
    [InlineData("git@github.com:/balena-labs-projects/browser.git")]
    [InlineData("ssh://git@github.com/balena-labs-projects/browser.git")]
    [InlineData("ssh://git@github.com:22/balena-labs-projects/browser.git")]
    [InlineData("git://github.com/balena-labs-projects/browser.git")]
    [InlineData("git+https://github.com/balena-labs-projects/browser.git")]
    [InlineData("git+ssh://git@github.com/balena-labs-projects/browser.git")]
    [InlineData("https://user:token@github.com/balena-labs-projects/browser.git")]
    [InlineData("https://github.com:443/balena-labs-projects/browser")]
    [InlineData("github.com/balena-labs-projects/browser")]
    [InlineData("www.github.com/balena-labs-projects/browser")]
    [InlineData("https://github.com/balena-labs-projects/browser/tree/master")]
    [InlineData("https://github.com/balena-labs-projects/browser/blob/master/README.md")]
    [InlineData("https://github.com/balena-labs-projects/browser?tab=readme-ov-file#browser")]
    [InlineData("https://github.com/balena-labs-projects/browser#readme")]
    public void Every_spelling_of_a_GitHub_repository_is_the_same_repository(string text)
    {
        Assert.True(RepositoryUrl.TryParse(text, out var url));
        Assert.Equal("github.com", url.Host);
        Assert.True(url.IsGitHub);
        Assert.Equal(RepositoryUrl.Parse("https://github.com/balena-labs-projects/browser"), url);
        Assert.True(RepositoryUrl.AreSame(text, "https://github.com/balena-labs-projects/browser"));
        Assert.Equal(RepositoryUrl.Parse("https://github.com/balena-labs-projects/browser")!.GetHashCode(), url.GetHashCode());
    }

    [Theory]
    [InlineData("https://github.com/balena-labs-projects/browser", "https://github.com/balena-labs-projects/browsercontrol")]
    [InlineData("https://github.com/balenablocks/browser", "https://github.com/balena-labs-projects/browser")]
    [InlineData("https://github.com/owner/repo", "https://gitlab.com/owner/repo")]
    [InlineData("https://github.com/owner/repo", "https://github.com/owner/repo-fork")]
    [InlineData("https://github.com/owner/repo", "not a url")]
    [InlineData(null, null)]
    public void Different_repositories_are_not_the_same(string? a, string? b)
    {
        Assert.False(RepositoryUrl.AreSame(a, b));
    }

    [Fact]
    public void Case_is_kept_for_display_but_ignored_when_comparing()
    {
        var url = RepositoryUrl.Parse("git@github.com:Igalia/Balena-WPE.git")!;

        Assert.Equal("Igalia/Balena-WPE", url.Path);
        Assert.Equal("Igalia", url.Owner);
        Assert.Equal("Balena-WPE", url.Name);
        Assert.Equal("https://github.com/Igalia/Balena-WPE", url.WebUrl);
        Assert.Equal(url.WebUrl, url.ToString());
        Assert.Equal(RepositoryUrl.Parse("https://github.com/igalia/balena-wpe"), url);
    }

    [Theory]
    [InlineData("https://github.com/klutchell/balena-adguard", "klutchell", "balena-adguard")]
    [InlineData("git@github.com:ketilmo/balena-ads-b.git", "ketilmo", "balena-ads-b")]
    [InlineData("https://github.com/just4give/helium-dyi-hotspot-balena-pi4/", "just4give", "helium-dyi-hotspot-balena-pi4")]
    [InlineData("https://github.com/owner/repo.name.git", "owner", "repo.name")]
    public void TryParseGitHub_gives_owner_and_name(string text, string owner, string name)
    {
        Assert.True(RepositoryUrl.TryParseGitHub(text, out var actualOwner, out var actualName));
        Assert.Equal((owner, name), (actualOwner, actualName));
    }

    [Theory]
    [InlineData("https://gitlab.com/owner/repo")]
    [InlineData("https://bitbucket.org/owner/repo")]
    [InlineData("https://github.com/owner")]
    [InlineData("not a url")]
    public void TryParseGitHub_refuses_other_hosts_and_non_repositories(string text)
    {
        Assert.False(RepositoryUrl.TryParseGitHub(text, out var owner, out var name));
        Assert.Null(owner);
        Assert.Null(name);
    }

    [Theory]
    [InlineData("https://gitlab.com/group/subgroup/repo", "gitlab.com", "group/subgroup/repo")]
    [InlineData("https://gitlab.com/group/subgroup/repo.git", "gitlab.com", "group/subgroup/repo")]
    [InlineData("https://gitlab.com/group/subgroup/repo/-/tree/main", "gitlab.com", "group/subgroup/repo")]
    [InlineData("git@gitlab.com:group/repo.git", "gitlab.com", "group/repo")]
    [InlineData("https://bitbucket.org/owner/repo/src/main/", "bitbucket.org", "owner/repo")]
    [InlineData("https://codeberg.org/owner/repo/src/branch/main", "codeberg.org", "owner/repo")]
    [InlineData("https://git.example.org/team/repo.git", "git.example.org", "team/repo")]
    [InlineData("git@work:owner/repo.git", "work", "owner/repo")]
    public void Other_hosts_keep_their_whole_path(string text, string host, string path)
    {
        var url = RepositoryUrl.Parse(text);

        Assert.NotNull(url);
        Assert.Equal((host, path), (url.Host, url.Path));
        Assert.False(url.IsGitHub);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("not a url")]
    [InlineData("owner/repo")]
    [InlineData("./repo")]
    [InlineData("../owner/repo")]
    [InlineData("/home/me/src/repo")]
    [InlineData("C:/src/repo")]
    [InlineData("C:\\src\\repo")]
    [InlineData("file:///home/me/src/repo")]
    [InlineData("ftp://example.com/owner/repo")]
    [InlineData("https://github.com")]
    [InlineData("https://github.com/")]
    [InlineData("https://github.com/owner")]
    [InlineData("https://github.com/owner/.git")]
    [InlineData("https://github.com/owner/..")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("TODO")]
    public void Anything_that_names_no_repository_is_refused(string? text)
    {
        Assert.False(RepositoryUrl.TryParse(text, out var url));
        Assert.Null(url);
        Assert.Null(RepositoryUrl.Parse(text));
    }

    [Fact]
    public void Percent_encoded_paths_are_decoded()
    {
        Assert.Equal(RepositoryUrl.Parse("https://github.com/owner/repo"), RepositoryUrl.Parse("https://github.com/owner/%72epo"));
    }

    [Fact]
    public void Equality_works_in_sets_whatever_the_spelling()
    {
        var set = new HashSet<RepositoryUrl>
        {
            RepositoryUrl.Parse("https://github.com/Owner/Repo")!,
            RepositoryUrl.Parse("git@github.com:owner/repo.git")!,
            RepositoryUrl.Parse("https://gitlab.com/owner/repo")!,
        };

        Assert.Equal(2, set.Count);
        Assert.False(RepositoryUrl.Parse("https://github.com/owner/repo")!.Equals(null));
        Assert.False(RepositoryUrl.Parse("https://github.com/owner/repo")!.Equals("https://github.com/owner/repo"));
    }
}
