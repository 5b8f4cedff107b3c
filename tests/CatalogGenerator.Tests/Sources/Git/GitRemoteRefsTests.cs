using FleetCatalog.Sources.Git;

namespace FleetCatalog.Tests.Sources.Git;

public sealed class GitRemoteRefsTests
{
    private const string Main = "1111111111111111111111111111111111111111";
    private const string TagObject = "2222222222222222222222222222222222222222";
    private const string Tagged = "3333333333333333333333333333333333333333";

    private static readonly string Output = string.Join('\n',
        "ref: refs/heads/main\tHEAD",
        $"{Main}\tHEAD",
        $"{Main}\trefs/heads/main",
        $"{TagObject}\trefs/tags/v2.0",
        $"{Tagged}\trefs/tags/v2.0^{{}}",
        "garbage line",
        string.Empty);

    [Fact]
    public void Head_its_branch_and_peeled_tags_are_read()
    {
        var refs = GitRemoteRefs.Parse(Output);

        Assert.Equal(Main, refs.Head);
        Assert.Equal("main", refs.DefaultBranch);
        Assert.Equal(Tagged, refs.CommitOf("refs/tags/v2.0"));
        Assert.Equal(Main, refs.CommitOf("refs/heads/main"));
        Assert.Equal(["main", "v2.0"], refs.ShortNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_host_that_does_not_say_where_head_points_has_no_default_branch()
    {
        var refs = GitRemoteRefs.Parse($"{Main}\tHEAD\n");

        Assert.Equal(Main, refs.Head);
        Assert.Null(refs.DefaultBranch);
    }

    [Fact]
    public void Abbreviated_shas_match_commits_not_tag_objects()
    {
        var refs = GitRemoteRefs.Parse(Output);

        Assert.Equal([Tagged], refs.CommitsStartingWith("3333"));
        Assert.Empty(refs.CommitsStartingWith("2222"));
    }
}
