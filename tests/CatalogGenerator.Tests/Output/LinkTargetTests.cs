using FleetCatalog.Output;

namespace FleetCatalog.Tests.Output;

public sealed class LinkTargetTests
{
    private static readonly SiteUrls[] Bases = [new("https://example.org/"), new("http://example.org:8080/catalog/")];

    private static readonly string[] Pages = ["index.html", "projects/pi-hole/index.html", "learn/a_b.c~d/index.html", "feed.xml", "caf\u00e9/index.html", "a b/index.html"];

    public static TheoryData<string> Urls => new(
        "#guide-usage", "#", "#a/b?c", "#.", "#..", "#~x_y.z-1", "#caf\u00e9", "#caf%C3%A9", "#a b", "#a%20b", "#top", "#50%",
        "https://github.com/balena-io/x", "HTTPS://GitHub.com", "http://github.com?x#y", "https://github.com.", "https://example.org/x",
        "https://EXAMPLE.org/catalog/x", "http://example.org:8080/catalog/x", "https://example.org:443/", "https://user@github.com/",
        "https://git%68ub.com/", "https://xn--caf-dma.example/", "https://example.org.evil.test/", "https:/x", "https:x", "http:x",
        "//github.com/x", "//example.org/catalog/", "/projects/", "projects/#x", "../x", "?q=1", "https://", "http://#x");

    [Theory]
    [MemberData(nameof(Urls))]
    public void Its_shortcuts_say_what_Uri_says(string url)
    {
        // The shortcuts (a page's own fragments, a link to another host) skip Uri; each answer must be Uri's.
        foreach (var urls in Bases)
        {
            foreach (var page in Pages)
            {
                Assert.Equal(LinkTarget.WithUri(SitePath.UrlPathOf(page), url, urls), LinkTarget.Resolve(page, url, urls));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public void The_cache_answers_as_each_page_would(string url)
    {
        foreach (var urls in Bases)
        {
            var cache = new LinkTargetCache(urls);
            foreach (var page in Pages.Concat(Pages))
            {
                Assert.Equal(LinkTarget.Resolve(page, url, urls), cache.Resolve(page, url));
            }
        }
    }
}
