using FleetCatalog.Rendering.Markdown.Headings;

namespace FleetCatalog.Tests.Rendering.Markdown.Headings;

public sealed class GitHubSluggerTests
{
    [Theory]
    [InlineData("Getting Started", "getting-started")]
    [InlineData("Wi-Fi & Ethernet", "wi-fi--ethernet")]
    [InlineData("What's `new` in v2.0?", "whats-new-in-v20")]
    [InlineData(":rocket: Launch 🚀 now", "rocket-launch--now")]
    [InlineData("Über straße", "über-straße")]
    [InlineData("snake_case_name", "snake_case_name")]
    [InlineData("日本語の見出し", "日本語の見出し")]
    [InlineData("", "")]
    public void Slugs_match_githubs(string heading, string slug)
    {
        Assert.Equal(slug, new GitHubSlugger().Slug(heading));
    }

    [Fact]
    public void Repeated_slugs_are_numbered_as_github_numbers_them()
    {
        var slugger = new GitHubSlugger();

        Assert.Equal(["usage", "usage-1", "usage-2", "usage-1-1"], new[] { "Usage", "Usage", "Usage", "Usage 1" }.Select(slugger.Slug));
    }
}
