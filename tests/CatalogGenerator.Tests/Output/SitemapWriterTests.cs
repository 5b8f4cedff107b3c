using System.Xml.Linq;
using FleetCatalog.Output;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Output;

public sealed class SitemapWriterTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void The_sitemap_lists_every_page_once_with_absolute_urls_sorted()
    {
        var files = new[] { "projects/pihole/index.html", "index.html", "404.html", "catalog.json", "learn/getting-started/index.html", "projects/café/index.html", "about.html" };
        var entries = SitemapWriter.PagePaths(files)
            .Select(p => new SitemapEntry(p, p == "projects/pihole/" ? OutputFixture.PiHole.UpdatedAt : null));

        var xml = SitemapWriter.Write(OutputFixture.Urls, entries);

        Golden.Verify(xml, "Output/sitemap.xml");
        var locs = XDocument.Parse(xml).Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.Equal(5, locs.Count);
        Assert.Contains("https://example.org/catalog/projects/caf%C3%A9/", locs);
        Assert.DoesNotContain(locs, l => l.EndsWith("404.html", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_site_still_gives_a_well_formed_sitemap()
    {
        var xml = SitemapWriter.Write(new SiteUrls("https://example.org"), []);

        Assert.Equal("urlset", XDocument.Parse(xml).Root!.Name.LocalName);
    }
}
