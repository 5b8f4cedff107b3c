using FleetCatalog.Tests.Testing;
using FleetCatalog.Projects;
using static FleetCatalog.Tests.Rendering.Markdown.GuideRendering;

namespace FleetCatalog.Tests.Rendering.Markdown.Links;

public sealed class GuideLinksTests
{
    private const string Blob = "https://github.com/acme/weather/blob/" + Commit + "/";
    private const string Tree = "https://github.com/acme/weather/tree/" + Commit + "/";
    private const string Raw = "https://raw.githubusercontent.com/acme/weather/" + Commit + "/";

    [Theory]
    [InlineData("docs/setup.md", Blob + "docs/setup.md")]
    [InlineData("./docs/setup.md#wifi", Blob + "docs/setup.md#wifi")]
    [InlineData("docs/", Tree + "docs")]
    [InlineData("/LICENSE", Blob + "LICENSE")]
    [InlineData("../../../x.md", Blob + "x.md")]
    [InlineData("config.json?plain=1", Blob + "config.json?plain=1")]
    [InlineData(".", Tree)]
    [InlineData("docs/my notes.md", Blob + "docs/my%20notes.md")]
    public void Relative_links_go_to_the_file_at_the_pinned_commit(string href, string expected)
    {
        var html = Html($"[x]({href.Replace(" ", "%20", StringComparison.Ordinal)})\n");

        Assert.Equal($"<p><a href=\"{expected}\" rel=\"noopener nofollow ugc\">x</a></p>\n", html);
    }

    [Fact]
    public void Relative_links_resolve_from_the_guides_folder()
    {
        var html = Html("[up](../README.md) [here](wiring.md) [img](img/board.png)\n", Context("docs/guide.md"));

        Assert.Contains($"<a href=\"{Blob}README.md\"", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Blob}docs/wiring.md\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("images/board.png", Raw + "images/board.png")]
    [InlineData("/images/board.png", Raw + "images/board.png")]
    [InlineData("../images/board.png?raw=true", Raw + "images/board.png?raw=true")]
    [InlineData("https://github.com/other/repo/blob/main/logo.png?raw=true", "https://raw.githubusercontent.com/other/repo/main/logo.png?raw=true")]
    [InlineData("http://example.org/photo.jpg", "https://example.org/photo.jpg")]
    [InlineData("//cdn.example.org/photo.jpg", "https://cdn.example.org/photo.jpg")]
    public void Images_load_the_raw_file_over_https(string src, string expected)
    {
        var html = Html($"![Board]({src})\n");

        Assert.Equal($"<p><img src=\"{expected}\" alt=\"Board\" loading=\"lazy\" decoding=\"async\"></p>\n", html);
    }

    [Fact]
    public void Raw_html_links_images_and_pictures_are_rewritten_too()
    {
        var html = Html("<a href=\"docs/setup.md\"><img src=\"img/a.png\" srcset=\"img/a.png 1x, img/a@2x.png 2x\" alt=\"A\"></a>\n\n<picture><source srcset=\"img/dark.png\" media=\"(prefers-color-scheme: dark)\"><img src=\"img/light.png\" alt=\"Logo\"></picture>\n");

        Assert.Contains($"<a href=\"{Blob}docs/setup.md\" rel=\"noopener nofollow ugc\"><img src=\"{Raw}img/a.png\" srcset=\"{Raw}img/a.png 1x, {Raw}img/a@2x.png 2x\" alt=\"A\"", html, StringComparison.Ordinal);
        Assert.Contains($"<source srcset=\"{Raw}img/dark.png\" media=\"(prefers-color-scheme: dark)\">", html, StringComparison.Ordinal);
        InertHtml.Assert(html);
    }

    [Fact]
    public void Absolute_links_stay_as_written()
    {
        var html = Html("[docs](https://docs.balena.io/learn/) [mail](mailto:help@example.org) [http](http://example.org/a?b=1&c=2)\n");

        Assert.Contains("<a href=\"https://docs.balena.io/learn/\" rel=\"noopener nofollow ugc\">docs</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:help@example.org\" rel=\"noopener nofollow ugc\">mail</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://example.org/a?b=1&amp;c=2\" rel=\"noopener nofollow ugc\">http</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_the_site_itself_are_not_external()
    {
        var context = Context() with { SiteBaseUrl = new Uri("https://catalog.example.org/") };

        var html = Html("[board](https://catalog.example.org/devices/raspberrypi4-64/) [other](https://catalog.example.org.evil.test/)\n", context);

        Assert.Contains("<a href=\"https://catalog.example.org/devices/raspberrypi4-64/\">board</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://catalog.example.org.evil.test/\" rel=\"noopener nofollow ugc\">other</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_are_removed_so_no_link_opens_a_window_without_rel()
    {
        var html = Html("<a href=\"https://example.org\" target=\"_blank\" rel=\"opener\">x</a>\n");

        Assert.Equal("<p><a href=\"https://example.org\" rel=\"noopener nofollow ugc\">x</a></p>\n", html);
    }

    [Theory]
    [InlineData("https://gitlab.com/group/sub/repo", "https://gitlab.com/group/sub/repo/-/blob/" + Commit + "/docs/a.md", "https://gitlab.com/group/sub/repo/-/raw/" + Commit + "/img/a.png")]
    [InlineData("https://codeberg.org/owner/repo", "https://codeberg.org/owner/repo/src/commit/" + Commit + "/docs/a.md", "https://codeberg.org/owner/repo/raw/commit/" + Commit + "/img/a.png")]
    [InlineData("https://bitbucket.org/owner/repo", "https://bitbucket.org/owner/repo/src/" + Commit + "/docs/a.md", "https://bitbucket.org/owner/repo/raw/" + Commit + "/img/a.png")]
    public void Other_known_hosts_use_their_own_file_and_raw_addresses(string repository, string link, string image)
    {
        var html = Html("[a](docs/a.md) ![a](img/a.png)\n", Context(repository: repository));

        Assert.Contains($"<a href=\"{link}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"{image}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void On_an_unknown_host_relative_links_become_text_and_relative_images_their_alt_text()
    {
        var html = Html("See [setup](docs/setup.md), ![wiring diagram](img/w.png)![](img/x.png) and [docs](https://docs.example.org).\n", Context(repository: "https://git.example.org/owner/repo"));

        Assert.Equal("<p>See setup, wiring diagram and <a href=\"https://docs.example.org\" rel=\"noopener nofollow ugc\">docs</a>.</p>\n", html);
    }

    [Fact]
    public void An_image_only_link_is_named_after_where_it_goes()
    {
        var html = Html("[![](https://img.shields.io/badge/x-y-green)](https://github.com/acme/weather/actions)\n");

        Assert.Contains("alt=\"Link to github.com/acme/weather/actions\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_link_is_removed()
    {
        Assert.Equal("<p>a  b</p>\n", Html("a <a href=\"https://example.org\"></a> b\n"));
    }

    [Fact]
    public void Repository_url_parsing_is_shared_with_the_validator()
    {
        Assert.NotNull(RepositoryUrl.Parse(Context().Repository.WebUrl));
    }
}
