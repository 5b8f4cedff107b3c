using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FleetCatalog.Rendering.Model;
using FleetCatalog.Rendering.Pages;

namespace FleetCatalog.Tests.Rendering.Pages;

public sealed class PageKeysTests
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    private static readonly SiteView Site = new("Fleet Catalog", "Projects", "https://catalog.example.org", "en", [], "https://github.com/o/r/edit/main/", "/projects/", "https://github.com/o/r");

    [Fact]
    public void A_key_is_the_hash_of_the_fingerprint_the_layout_and_the_views_json()
    {
        var large = Page("big", string.Concat(Enumerable.Repeat("A description long enough to pass the large object heap. ", 3_000)));
        var small = Page("small", "Short.");

        Assert.Equal(Expected("fp", large), PageKeys.Key("fp", large));
        Assert.Equal(Expected("fp", small), PageKeys.Key("fp", small));
        Assert.Equal(Expected("fp", large), PageKeys.Key("fp", large));
    }

    [Fact]
    public void Anything_a_template_can_see_changes_the_key()
    {
        var page = Page("a", "One.");

        Assert.NotEqual(PageKeys.Key("fp", page), PageKeys.Key("fp", Page("a", "Two.")));
        Assert.NotEqual(PageKeys.Key("fp", page), PageKeys.Key("fp2", page));
        Assert.NotEqual(PageKeys.Key("fp", page), PageKeys.Key("fp", page with { Layout = "other" }));
        Assert.Equal(PageKeys.Key("fp", page), PageKeys.Key("fp", Page("a", "One.")));
    }

    private static SitePage Page(string title, string description) =>
        new($"{title}/index.html", "page", new NotFoundPageView(Site, PageMeta.For(Site, title, description, "/" + title + "/", string.Empty), []));

    // The definition the site's manifest was written with: SHA-256 over the fingerprint, the layout and the view as compact JSON.
    private static string Expected(string fingerprint, SitePage page)
    {
        var bytes = Encoding.UTF8.GetBytes(fingerprint + "\n" + page.Layout + "\n")
            .Concat(JsonSerializer.SerializeToUtf8Bytes(page.View, page.View.GetType(), Compact));
        return Convert.ToHexStringLower(SHA256.HashData([.. bytes]));
    }
}
