using FleetCatalog.Cli.Entries;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Cli.Entries;

public sealed class CategorySuggestionTests
{
    private static readonly CategoryList Categories =
        CategoryList.Load(Path.Combine(TestPaths.RepositoryRoot, CategoryList.DefaultFile)).Categories!;

    [Theory]
    [InlineData(new[] { "home-assistant", "zigbee" }, "Hass", "home-automation")]
    [InlineData(new[] { "ads-b", "rtl-sdr" }, "Flight tracker", "radio")]
    [InlineData(new[] { "vpn" }, "Wireguard", "networking")]
    [InlineData(new string[0], "Air quality sensor", "sensors")]
    public void Topics_and_name_pick_the_category_whose_words_they_share(string[] topics, string name, string expected)
    {
        var suggestion = CategorySuggestion.Suggest(Categories, topics, name, [], null);

        Assert.Equal(expected, suggestion?.Category.Slug);
        Assert.NotEmpty(suggestion!.Value.Words);
    }

    [Fact]
    public void The_readme_decides_when_nothing_else_matches()
    {
        var suggestion = CategorySuggestion.Suggest(Categories, [], "Thing", [], "Streams music to your speakers over AirPlay.");

        Assert.Equal("media", suggestion?.Category.Slug);
    }

    [Fact]
    public void No_shared_word_means_no_suggestion() =>
        Assert.Null(CategorySuggestion.Suggest(Categories, ["zzz"], "Qwerty", ["Xyzzy plugh."], null));
}
