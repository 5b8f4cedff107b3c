using FleetCatalog.Projects.DeployButtons;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Projects.DeployButtons;

public sealed class DeployButtonFinderTests
{
    private const string Deploy = "https://dashboard.balena-cloud.com/deploy";

    [Fact]
    public void The_documented_button_is_found_with_its_position_and_repoUrl()
    {
        var readme = $"# Project\n\n[![balena deploy button](https://www.balena.io/deploy.svg)]({Deploy}?repoUrl=https://github.com/owner/repo)\n";

        var link = Assert.Single(DeployButtonFinder.Find(readme));

        Assert.Equal((3, 61), (link.Span.Line, link.Span.Column));
        Assert.Equal((3, 61 + $"{Deploy}?repoUrl=https://github.com/owner/repo".Length), (link.Span.EndLine, link.Span.EndColumn));
        Assert.Equal($"{Deploy}?repoUrl=https://github.com/owner/repo", link.Url);
        Assert.Equal("https://github.com/owner/repo", link.RepoUrl);
    }

    [Theory]
    [InlineData("[deploy]: {0}?repoUrl=https://github.com/owner/repo", 1, 11)]
    [InlineData("[deploy]: <{0}?repoUrl=https://github.com/owner/repo>", 1, 12)]
    [InlineData("[deploy]: {0}?repoUrl=https://github.com/owner/repo \"Deploy\"", 1, 11)]
    [InlineData("Deploy: <{0}?repoUrl=https://github.com/owner/repo>", 1, 10)]
    [InlineData("Or open {0}?repoUrl=https://github.com/owner/repo.", 1, 9)]
    [InlineData("Or open {0}?repoUrl=https://github.com/owner/repo, then", 1, 9)]
    [InlineData("<a href=\"{0}?repoUrl=https://github.com/owner/repo\"><img src=\"https://balena.io/deploy.svg\"></a>", 1, 10)]
    [InlineData("<a href='{0}?repoUrl=https://github.com/owner/repo'>deploy</a>", 1, 10)]
    [InlineData("<a href={0}?repoUrl=https://github.com/owner/repo>deploy</a>", 1, 9)]
    [InlineData("[deploy]({0}?repoUrl=https://github.com/owner/repo \"title\")", 1, 10)]
    [InlineData("[deploy](<{0}?repoUrl=https://github.com/owner/repo>)", 1, 11)]
    [InlineData("text\n  [![x](y.svg)]({0}?repoUrl=https://github.com/owner/repo)", 2, 17)]
    public void Every_kind_of_link_is_found(string template, int line, int column)
    {
        var link = Assert.Single(DeployButtonFinder.Find(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Deploy)));

        Assert.Equal((line, column), (link.Span.Line, link.Span.Column));
        Assert.Equal("https://github.com/owner/repo", link.RepoUrl);
    }

    [Theory]
    [InlineData("https://dashboard.balena-cloud.com/deploy/?repoUrl=https://github.com/owner/repo")]
    [InlineData("http://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/owner/repo")]
    [InlineData("https://Dashboard.Balena-Cloud.com/deploy?repoUrl=https://github.com/owner/repo")]
    public void Other_spellings_of_the_deploy_page_are_found(string url)
    {
        var link = Assert.Single(DeployButtonFinder.Find($"[deploy]({url})"));

        Assert.Equal("https://github.com/owner/repo", link.RepoUrl);
    }

    [Theory]
    [InlineData("repoUrl=https%3A%2F%2Fgithub.com%2Fowner%2Frepo")]
    [InlineData("repoUrl=https://github.com/owner/repo&defaultDeviceType=raspberrypi4-64")]
    [InlineData("defaultDeviceType=raspberrypi4-64&repoUrl=https://github.com/owner/repo")]
    [InlineData("defaultDeviceType=raspberrypi4-64&amp;repoUrl=https://github.com/owner/repo")]
    [InlineData("repoUrl=https://github.com/owner/repo#top")]
    [InlineData("repoUrl=https://github.com/owner/repo&repoUrl=https://github.com/other/repo")]
    public void RepoUrl_is_decoded_from_the_query(string query)
    {
        var link = Assert.Single(DeployButtonFinder.Find($"[deploy]({Deploy}?{query})"));

        Assert.Equal("https://github.com/owner/repo", link.RepoUrl);
    }

    [Fact]
    public void Other_parameters_are_kept()
    {
        var link = Assert.Single(DeployButtonFinder.Find(
            $"[deploy]({Deploy}?repoUrl=https://github.com/o/r&configUrl=https://raw.githubusercontent.com/o/r/main/.balena/balena.yml&defaultDeviceType=raspberry-pi)"));

        Assert.Equal("https://raw.githubusercontent.com/o/r/main/.balena/balena.yml", link.ConfigUrl);
        Assert.Equal("raspberry-pi", link.Parameters["defaultDeviceType"]);
    }

    [Theory]
    [InlineData("[![](https://balena.io/deploy.svg)](https://dashboard.balena-cloud.com/deploy)")]
    [InlineData("[![](https://balena.io/deploy.svg)](https://dashboard.balena-cloud.com/deploy?defaultDeviceType=intel-nuc)")]
    public void A_button_without_repoUrl_has_none(string readme)
    {
        var link = Assert.Single(DeployButtonFinder.Find(readme));

        Assert.Null(link.RepoUrl);
    }

    [Theory]
    [InlineData("```markdown\n[deploy](https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/x/y)\n```\n")]
    [InlineData("~~~~\n[deploy](https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/x/y)\n~~~~\n")]
    [InlineData("```\nunclosed fence\nhttps://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/x/y\n")]
    [InlineData("Write `[deploy](https://dashboard.balena-cloud.com/deploy?repoUrl=<your repo>)` in your README.")]
    [InlineData("Write ``https://dashboard.balena-cloud.com/deploy?repoUrl=x`` in your README.")]
    [InlineData("<!-- [deploy](https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/x/y) -->")]
    [InlineData("<!--\nold button\n[deploy](https://dashboard.balena-cloud.com/deploy?repoUrl=https://github.com/x/y)\n")]
    [InlineData("See https://dashboard.balena-cloud.com/deployments for your releases.")]
    [InlineData("[Open Fleet](https://hub.balena.io/nebraltd/helium-light-hotspot)")]
    [InlineData("[balenaCloud account](https://dashboard.balena-cloud.com/signup)")]
    public void Code_comments_and_other_pages_are_not_buttons(string readme)
    {
        Assert.Empty(DeployButtonFinder.Find(readme));
    }

    [Fact]
    public void A_link_after_a_one_line_code_block_is_found()
    {
        var readme = "```sudo docker run -p 80:80 x```\n\n```\ndocker ps\n```\n\n[![](https://balena.io/deploy.svg)](" + Deploy + "?repoUrl=https://github.com/o/r)\n";

        var link = Assert.Single(DeployButtonFinder.Find(readme));

        Assert.Equal(7, link.Span.Line);
    }

    [Fact]
    public void A_code_span_does_not_reach_past_its_paragraph()
    {
        var readme = "A stray ` backtick.\n\n[deploy](" + Deploy + "?repoUrl=https://github.com/o/r) and `code`\n";

        Assert.Single(DeployButtonFinder.Find(readme));
    }

    [Fact]
    public void Every_link_is_found_with_its_own_position()
    {
        var readme = $"1. [Deploy with balena]({Deploy}?repoUrl=https://github.com/a/b) (details below)\r\n\r\n[![](https://balena.io/deploy.svg)]({Deploy}?repoUrl=https://github.com/c/d)\r\n";

        var links = DeployButtonFinder.Find(readme);

        Assert.Equal([(1, 25, "https://github.com/a/b"), (3, 37, "https://github.com/c/d")], links.Select(l => (l.Span.Line, l.Span.Column, l.RepoUrl)));
    }

    [Fact]
    public void Empty_text_has_no_links()
    {
        Assert.Empty(DeployButtonFinder.Find(string.Empty));
    }

    [SharedDataFact]
    public void Every_deploy_link_in_the_corpus_is_found_with_a_repository_or_none()
    {
        var total = 0;
        foreach (var readme in Directory.EnumerateFiles(TestPaths.Corpus, "README.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(readme);
            var links = DeployButtonFinder.Find(text);
            var written = text.Split("dashboard.balena-cloud.com/deploy", StringSplitOptions.None).Length - 1;
            Assert.True(written == links.Count, $"{readme}: {written} deploy URLs written, {links.Count} found");
            Assert.All(links, l => Assert.True(l.RepoUrl is null || l.RepoUrl.StartsWith("https://github.com/", StringComparison.Ordinal), $"{readme}: {l.RepoUrl}"));
            total += links.Count;
        }

        Assert.True(total >= 40, $"only {total} deploy links found in the corpus");
    }
}
