using FleetCatalog.Output;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Output;

public sealed class RobotsTxtTests
{
    [Fact]
    public void Robots_txt_allows_everything_and_points_at_the_sitemap()
    {
        Golden.Verify(RobotsTxt.Create(new SiteUrls("https://example.org")), "Output/robots.txt");
    }

    [Fact]
    public void Under_a_base_path_robots_txt_says_it_belongs_at_the_host_root()
    {
        var robots = RobotsTxt.Create(OutputFixture.Urls);

        Golden.Verify(robots, "Output/robots-base-path.txt");
        Assert.Contains("Sitemap: https://example.org/catalog/sitemap.xml\n", robots, StringComparison.Ordinal);
    }
}
