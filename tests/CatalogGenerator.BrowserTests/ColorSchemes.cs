using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

/// <summary>Reads how light a page is drawn: the relative luminance (0 black to 1 white) of its background.</summary>
internal static partial class ColorSchemes
{
    public static async Task<double> BackgroundLuminanceAsync(IPage page)
    {
        // The first opaque background from body up; a page with none is drawn white by the browser.
        var color = await page.EvaluateAsync<string>("""
            () => {
              for (const el of [document.body, document.documentElement]) {
                const c = getComputedStyle(el).backgroundColor;
                if (c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) return c;
              }
              return 'rgb(255, 255, 255)';
            }
            """);
        var match = Rgb().Match(color);
        Assert.True(match.Success, $"unexpected colour {color}");
        var channels = Enumerable.Range(1, 3).Select(i => Linear(double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture) / 255)).ToArray();
        return (0.2126 * channels[0]) + (0.7152 * channels[1]) + (0.0722 * channels[2]);
    }

    private static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);

    [GeneratedRegex(@"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)")]
    private static partial Regex Rgb();
}
