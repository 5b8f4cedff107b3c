namespace FleetCatalog.BrowserTests;

/// <summary>
/// The pages the page-wide checks (accessibility, layout) run on: one of each kind. The ONE list to extend
/// when a page kind is added.
/// </summary>
public static class SitePages
{
    public static TheoryData<string, string> All { get; } = new()
    {
        { "home", "/" },
        { "catalog", "/projects/" },
        { "project", "/projects/audio/" },
        { "boards", "/devices/" },
        { "board", "/devices/raspberrypi4-64/" },
        { "learn", "/learn/first-steps/" },
        { "not-found", "/no-such-page/" },
        { "search", "/search/" },
        { "search-results", "/search/?q=audio&type=App" },
        { "search-empty", "/search/?q=zzzqqxx" },
    };

    /// <summary>Opens a page and, on the search page, waits until a search from its URL has answered.</summary>
    public static async Task GoToAsync(Microsoft.Playwright.IPage page, string path)
    {
        await page.GotoAsync(path);
        if (path.StartsWith("/search/?", StringComparison.Ordinal))
        {
            await page.Locator("#search-status").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(".") }).WaitForAsync();
        }
    }
}
