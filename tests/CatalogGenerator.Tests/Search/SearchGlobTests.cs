using FleetCatalog.Search;

namespace FleetCatalog.Tests.Search;

public sealed class SearchGlobTests
{
    [Fact]
    public void Pages_of_one_shape_make_one_pattern_whatever_their_number()
    {
        var pages = Enumerable.Range(0, 10_000).Select(i => $"projects/project-{i:D5}/index.html");

        Assert.Equal("projects/*/index.html", SearchGlob.For(pages));
    }

    [Fact]
    public void Several_shapes_are_joined_in_braces_in_a_stable_order()
    {
        string[] pages = ["projects/sound/index.html", "learn/first-steps/index.html", "learn/boards/pi/index.html", "about.html", "projects/kiosk/index.html"];

        Assert.Equal("{about.html,learn/*/*/index.html,learn/*/index.html,projects/*/index.html}", SearchGlob.For(pages));
    }

    [Theory]
    [InlineData("we{ird}/x/index.html")]
    [InlineData("learn/x/[draft].html")]
    [InlineData("a,b.html")]
    public void A_name_that_would_need_escaping_gives_no_glob_so_every_page_is_read(string page) =>
        Assert.Null(SearchGlob.For(["projects/sound/index.html", page]));

    [Fact]
    public void No_marked_page_gives_no_glob() => Assert.Null(SearchGlob.For([]));
}
