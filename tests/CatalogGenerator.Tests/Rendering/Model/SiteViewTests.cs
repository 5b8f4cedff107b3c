using FleetCatalog.Rendering.Model;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Model;

public sealed class SiteViewTests
{
    [Theory]
    [InlineData("https://catalog.example.org", "", "/projects/x/", "https://catalog.example.org/projects/x/")]
    [InlineData("https://catalog.example.org/", "", "/projects/x/", "https://catalog.example.org/projects/x/")]
    [InlineData("https://example.github.io/fleet", "/fleet", "/fleet/projects/x/", "https://example.github.io/fleet/projects/x/")]
    [InlineData("https://example.github.io/fleet/", "/fleet", "/fleet/projects/x/", "https://example.github.io/fleet/projects/x/")]
    public void Paths_get_the_base_path_and_absolute_urls_the_base_url(string baseUrl, string basePath, string href, string absolute)
    {
        var site = SampleModels.Site with { BaseUrl = baseUrl };

        Assert.Equal(basePath, site.BasePath);
        Assert.Equal(href, site.Href("/projects/x/"));
        Assert.Equal(href, site.Href("projects/x/"));
        Assert.Equal(absolute, site.Absolute("/projects/x/"));
        Assert.Equal(basePath + "/assets/", site.AssetsUrl);
    }

    [Fact]
    public void A_page_head_gets_its_href_and_canonical_address_from_the_site()
    {
        var meta = PageMeta.For(SampleModels.Site, "Boards", "Every board.", "/devices/", "devices", SampleModels.Home);

        Assert.Equal("/fleet/devices/", meta.Path);
        Assert.Equal("https://catalog.example.org/fleet/devices/", meta.CanonicalUrl);
        Assert.Equal([SampleModels.Home], meta.Breadcrumbs);
        Assert.Equal("website", meta.OgType);
    }

    [Fact]
    public void Dates_have_a_machine_form_and_a_readable_one()
    {
        Assert.Equal(new DateView("2026-03-02", "2 March 2026"), DateView.From(new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Json_ld_escapes_markup_and_keeps_accents_readable()
    {
        var json = StructuredData.Script(new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = "Café </script> & <b>" });

        Assert.Equal("{\"name\":\"Café \\u003C/script\\u003E \\u0026 \\u003Cb\\u003E\"}", json.Value);
    }
}
