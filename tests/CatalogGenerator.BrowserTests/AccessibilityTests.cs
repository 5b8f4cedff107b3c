using FleetCatalog.Tests.Testing;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

[Collection(SharedSite.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static TheoryData<string, string, string> PagesAndSchemes { get; } = Schemes();

    [SharedDataTheory]
    [MemberData(nameof(PagesAndSchemes))]
    public async Task Axe_finds_no_WCAG_2_2_A_or_AA_violation(string name, string path, string scheme)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = true,
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await SitePages.GoToAsync(page, path);
        await Screenshots.SaveAsync(page, $"{nameof(AccessibilityTests)}-{name}", "1280-" + scheme);

        var violations = await Axe.RunAsync(page);
        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} violations on {path} ({scheme}):\n" + string.Join('\n', violations));
    }

    private static TheoryData<string, string, string> Schemes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in SitePages.All)
        {
            foreach (var scheme in (string[])["light", "dark"])
            {
                data.Add((string)row[0], (string)row[1], scheme);
            }
        }

        return data;
    }
}
