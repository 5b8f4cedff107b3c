using FleetCatalog.DeployButton;
using FleetCatalog.Manifests;
using FleetCatalog.Tests.Testing;
using FleetCatalog.Yaml;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

[Collection(SharedSite.Name)]
public sealed class DeployButtonTests(SiteFixture site)
{
    private const int MaxTabs = 40;

    [SharedDataFact]
    public async Task The_deploy_button_links_to_the_projects_deploy_url_and_is_reached_by_tab_with_a_visible_focus()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/projects/audio/");

        var button = page.Locator("a.deploy-button");
        Assert.Equal(ExpectedDeployUrl("balena-labs-projects__audio"), await button.GetAttributeAsync("href"));

        var presses = 0;
        while (!await button.EvaluateAsync<bool>("el => el === document.activeElement"))
        {
            Assert.True(++presses <= MaxTabs, $"the deploy button was not focused after {MaxTabs} presses of Tab from the start of the page");
            await page.Keyboard.PressAsync("Tab");
        }

        var focused = await FocusStyleAsync(button);
        await Screenshots.SaveAsync(page, nameof(DeployButtonTests) + "-focused", "1280");
        await button.EvaluateAsync("el => el.blur()");
        var unfocused = await FocusStyleAsync(button);
        Assert.True(focused.Outline != "none" || focused.BoxShadow != "none", $"no focus indicator on the deploy button: {focused}");
        Assert.NotEqual(unfocused, focused);
    }

    /// <summary>The deploy URL the way the site makes it: the manifest's repository and default board, through the DeployButton library.</summary>
    private static string ExpectedDeployUrl(string corpusProject)
    {
        var file = Path.Combine(TestPaths.Corpus, corpusProject, "balena.yml");
        var yaml = YamlDocumentReader.Read(File.ReadAllText(file), file);
        var manifest = ManifestReader.Read(yaml.Root!, file).Manifest!;
        return DeployUrl.Create(manifest.Repository!.Url!.Text!, manifest.DefaultDeviceType?.Text).ToString();
    }

    private static async Task<FocusStyle> FocusStyleAsync(ILocator element)
    {
        var style = await element.EvaluateAsync<string[]>(
            "el => { const s = getComputedStyle(el); return [s.outlineStyle === 'none' || s.outlineWidth === '0px' ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, s.boxShadow]; }");
        return new FocusStyle(style[0], style[1]);
    }

    private sealed record FocusStyle(string Outline, string BoxShadow);
}
