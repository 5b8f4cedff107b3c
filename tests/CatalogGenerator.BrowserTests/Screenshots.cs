using System.Text.RegularExpressions;
using FleetCatalog.Tests.Testing;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

/// <summary>Full-page screenshots kept as test artifacts in artifacts/browser/ at the repository root (gitignored).</summary>
internal static partial class Screenshots
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "artifacts", "browser");

    /// <summary>Saves <c>test--viewport.png</c>; the viewport names the width and anything else that varies (dark, no-js).</summary>
    public static async Task SaveAsync(IPage page, string test, string viewport)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{Safe(test)}--{Safe(viewport)}.png"), FullPage = true });
    }

    private static string Safe(string name) => Unsafe().Replace(name, "-").Trim('-');

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex Unsafe();
}
