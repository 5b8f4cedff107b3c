using FleetCatalog.Rendering.Pages;
using FleetCatalog.Tests.Sources.Refresh;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Pages;

/// <summary>A project's display title: the manifest's name when it is one, else the slug in title case, the same everywhere.</summary>
public sealed class ProjectTitleTests
{
    [Theory]
    [InlineData("AdGuard Home", "adguard-home", "AdGuard Home")]
    [InlineData("  balenaSense ", "balena-sense", "balenaSense")]
    [InlineData("Train Departure Display", "train", "Train Departure Display")]
    [InlineData("rpi-zero-picture-frame", "picture-frame", "RPi Zero Picture Frame")]
    [InlineData("tailscale", "tailscale", "Tailscale")]
    [InlineData("balena-k3s", "k3s", "balena k3s")]
    [InlineData("arduino_cli", "arduino", "Arduino CLI")]
    [InlineData(null, "ads-b-flight-tracker", "Ads B Flight Tracker")]
    [InlineData("", "home-assistant", "Home Assistant")]
    [InlineData("   ", "syncthing", "Syncthing")]
    public void A_name_is_kept_and_a_slug_is_title_cased(string? name, string slug, string title)
    {
        Assert.Equal(title, ProjectTitle.Of(name, slug));
    }

    [SharedDataFact]
    public async Task Cards_guide_page_feed_and_status_page_show_one_title_for_a_slug_named_project()
    {
        using var site = await TestSite.BuildAsync(new TestCatalog("DrSkunk__rpi-zero-picture-frame"));
        const string Title = "RPi Zero Picture Frame";

        Assert.Contains($"<h3 class=\"card-title\"><a href=\"/projects/rpi-zero-picture-frame/\">{Title}</a></h3>", site.Read("projects/index.html"), StringComparison.Ordinal);
        var page = site.Read("projects/rpi-zero-picture-frame/index.html");
        Assert.Contains($"<h1>{Title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<title>{Title} ", page, StringComparison.Ordinal);
        Assert.Matches($"<title type=\"text\">[^<]*{Title}[^<]*</title>", site.Read("feed.xml"));
        Assert.Contains($">{Title}</a>", site.Read("status/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(">rpi-zero-picture-frame<", site.Read("projects/index.html") + page, StringComparison.Ordinal);
    }
}
