using FleetCatalog.Diagnostics;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Pages;

public sealed class SiteBuilderTests
{
    [SharedDataFact]
    public async Task The_fixture_catalog_builds_into_a_complete_site_with_no_site_errors()
    {
        using var site = await TestSite.BuildAsync();

        Assert.DoesNotContain(site.Findings, d => d.Severity == DiagnosticSeverity.Error);
        foreach (var page in new[]
        {
            "index.html", "projects/index.html", "projects/audio/index.html", "projects/category/media/index.html", "projects/arch/aarch64/index.html",
            "devices/index.html", "devices/raspberrypi3/index.html", "learn/index.html", "learn/first-steps/index.html", "status/index.html",
            "deploy-button/index.html", "404.html", "catalog.json", "projects/audio.json", "feed.xml", "sitemap.xml", "robots.txt", "badges/audio.svg",
            "assets/site.css",
        })
        {
            Assert.True(File.Exists(Path.Combine(site.Output, page)), $"{page} is missing");
        }
    }
}
