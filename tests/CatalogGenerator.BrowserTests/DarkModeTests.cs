using FleetCatalog.Tests.Testing;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

[Collection(SharedSite.Name)]
public sealed class DarkModeTests(SiteFixture site)
{
    // A dark page's background is near black, a light one's near white (relative luminance).
    private const double DarkAtMost = 0.1;
    private const double LightAtLeast = 0.8;

    [SharedDataTheory]
    [InlineData("dark")]
    [InlineData("light")]
    public async Task With_no_stored_choice_the_page_follows_the_system_colour_scheme(string scheme)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ColorScheme = Scheme(scheme) });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/projects/audio/");
        await Screenshots.SaveAsync(page, $"{nameof(DarkModeTests)}-follows-system", "1280-" + scheme);
        AssertDrawn(scheme, await ColorSchemes.BackgroundLuminanceAsync(page), "with the system in " + scheme + " mode");
    }

    [SharedDataTheory]
    [InlineData("light", "dark")]
    [InlineData("dark", "light")]
    public async Task The_toggle_switches_the_theme_and_the_choice_persists_across_pages_over_the_system_setting(string system, string chosen)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ColorScheme = Scheme(system) });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        AssertDrawn(system, await ColorSchemes.BackgroundLuminanceAsync(page), "before the toggle");

        var toggle = page.Locator(".theme-toggle");
        await toggle.ClickAsync();
        AssertDrawn(chosen, await ColorSchemes.BackgroundLuminanceAsync(page), "right after the toggle");
        Assert.Equal(chosen == "dark" ? "true" : "false", await toggle.GetAttributeAsync("aria-pressed"));

        await page.GotoAsync("/devices/");
        await Screenshots.SaveAsync(page, $"{nameof(DarkModeTests)}-toggle-persists", $"1280-system-{system}-chose-{chosen}");
        AssertDrawn(chosen, await ColorSchemes.BackgroundLuminanceAsync(page), $"on the next page, with the system still in {system} mode");
        Assert.Equal(chosen == "dark" ? "true" : "false", await page.Locator(".theme-toggle").GetAttributeAsync("aria-pressed"));
    }

    private static ColorScheme Scheme(string name) => name == "dark" ? ColorScheme.Dark : ColorScheme.Light;

    private static void AssertDrawn(string scheme, double luminance, string when)
    {
        if (scheme == "dark")
        {
            Assert.True(luminance <= DarkAtMost, $"expected a dark page {when}, the background's luminance is {luminance:0.00}");
        }
        else
        {
            Assert.True(luminance >= LightAtLeast, $"expected a light page {when}, the background's luminance is {luminance:0.00}");
        }
    }
}
