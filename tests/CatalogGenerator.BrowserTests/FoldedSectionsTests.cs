using FleetCatalog.Tests.Testing;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

/// <summary>What is folded away (the author's findings, the boards no project lists) opens without JavaScript and stays accessible open.</summary>
[Collection(SharedSite.Name)]
public sealed class FoldedSectionsTests(SiteFixture site)
{
    [SharedDataTheory]
    [InlineData("/projects/audio/", "details#checks", "For the project's author")]
    [InlineData("/devices/", "details#all-boards", "All boards")]
    public async Task A_folded_section_opens_from_its_summary_and_axe_finds_nothing_in_it(string path, string selector, string summary)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, JavaScriptEnabled = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        var details = page.Locator(selector);
        var content = details.Locator("summary ~ *").First;

        Assert.StartsWith(summary, await details.Locator("summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await content.IsVisibleAsync());
        await details.Locator("summary").ClickAsync();
        Assert.True(await content.IsVisibleAsync());
        await Screenshots.SaveAsync(page, $"{nameof(FoldedSectionsTests)}-{path.Trim('/').Replace('/', '-')}", "1280-open");

        var violations = await Axe.RunAsync(page);
        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} violations on {path} with {selector} open:\n" + string.Join('\n', violations));
    }
}
