namespace FleetCatalog.DeployButton.Tests;

public sealed class DeployButtonSnippetTests
{
    private static readonly DeployUrl Url = DeployUrl.Create("https://github.com/owner/repo", "raspberrypi4-64");

    [Fact]
    public void Markdown_shows_the_official_svg_with_its_alt_text()
    {
        Assert.Equal(
            "[![Deploy with balena](https://www.balena.io/deploy.svg)](https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/owner/repo&defaultDeviceType=raspberrypi4-64)",
            DeployButtonSnippet.Markdown(Url));
    }

    [Fact]
    public void Markdown_can_show_the_png()
    {
        Assert.StartsWith("[![Deploy with balena](https://www.balena.io/deploy.png)](", DeployButtonSnippet.Markdown(Url, DeployButtonImage.Png), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_escapes_the_ampersand_between_parameters()
    {
        Assert.Equal(
            "<a href=\"https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/owner/repo&amp;defaultDeviceType=raspberrypi4-64\">" +
            "<img src=\"https://www.balena.io/deploy.svg\" alt=\"Deploy with balena\"></a>",
            DeployButtonSnippet.Html(Url));
    }

    [Fact]
    public void Html_of_hostile_values_stays_inside_its_attribute()
    {
        var url = DeployUrl.Create("https://example.org/\"><script>alert(1)</script>/repo", configUrl: "https://example.org/x?'onerror='a");

        var html = DeployButtonSnippet.Html(url, DeployButtonImage.Png);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("'", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Count(c => c == '<'));
        Assert.EndsWith("<img src=\"https://www.balena.io/deploy.png\" alt=\"Deploy with balena\"></a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_of_a_link_with_parentheses_and_spaces_keeps_the_link_whole()
    {
        var url = DeployUrl.Create("https://example.org/team/repo(1)", configUrl: "https://example.org/a%20b.yml");

        var markdown = DeployButtonSnippet.Markdown(url);

        var link = markdown[(markdown.IndexOf("](https://dashboard", StringComparison.Ordinal) + 2)..^1];
        Assert.Equal(url.ToString(), link);
        Assert.DoesNotContain(link, c => c is '(' or ')' or ' ' or '<' or '>');
    }

    [Theory]
    [InlineData(DeployButtonImage.Svg, "https://www.balena.io/deploy.svg")]
    [InlineData(DeployButtonImage.Png, "https://www.balena.io/deploy.png")]
    public void Image_urls_are_balenas_official_ones(DeployButtonImage image, string url)
    {
        Assert.Equal(url, DeployButtonSnippet.ImageUrl(image));
    }

    [Fact]
    public void An_undefined_image_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeployButtonSnippet.ImageUrl((DeployButtonImage)7));
        Assert.Throws<ArgumentNullException>(() => DeployButtonSnippet.Markdown(null!));
        Assert.Throws<ArgumentNullException>(() => DeployButtonSnippet.Html(null!));
    }
}
