using FleetCatalog.Tests.Testing;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

[Collection(SharedSite.Name)]
public sealed class LayoutTests(SiteFixture site)
{
    public static TheoryData<string, string, int> PagesAndWidths { get; } = Widths();

    /// <summary>
    /// Every visible interactive element smaller than 24×24 CSS px (WCAG 2.2, 2.5.8), except links in the flow
    /// of a sentence (a link in p, li, dd, td whose parent has other text: the criterion's inline exception).
    /// </summary>
    private const string SmallTargets = """
        () => {
          const small = [];
          for (const el of document.querySelectorAll('a, button, input, select, summary, [tabindex]')) {
            if (el.disabled || (el.tagName === 'A' && !el.hasAttribute('href')) || (el.tagName === 'INPUT' && el.type === 'hidden')) continue;
            const r = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            const hidden = r.width === 0 || r.height === 0 || s.visibility === 'hidden' || r.bottom <= 0 || r.right <= 0
              || (s.position === 'absolute' && s.clip === 'rect(0px, 0px, 0px, 0px)');
            if (hidden) continue;
            const parent = el.parentElement;
            const inline = el.tagName === 'A' && parent && parent.closest('p, li, dd, td')
              && parent.textContent.replace(el.textContent, '').trim().length > 0;
            if (inline) continue;
            if (r.width < 24 || r.height < 24) {
              const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('href') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
              small.push(`<${el.tagName.toLowerCase()}${el.className ? ' class="' + el.className + '"' : ''}> "${name}" ${r.width.toFixed(1)}x${r.height.toFixed(1)}`);
            }
          }
          return small;
        }
        """;

    [SharedDataTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task The_page_does_not_scroll_sideways_and_every_touch_target_is_at_least_24px(string name, string path, int width)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await SitePages.GoToAsync(page, path);
        await Screenshots.SaveAsync(page, $"{nameof(LayoutTests)}-{name}", width.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var scroll = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        var wide = await page.EvaluateAsync<string[]>($$"""
            () => [...document.querySelectorAll('body *')]
              .filter(el => el.getBoundingClientRect().right > {{width}} + 0.5)
              .slice(0, 5).map(el => `<${el.tagName.toLowerCase()} class="${el.className}"> right=${el.getBoundingClientRect().right.toFixed(0)}`)
            """);
        Assert.True(scroll[0] <= scroll[1], $"{path} at {width}px scrolls sideways: scrollWidth {scroll[0]} > clientWidth {scroll[1]}; too wide: {string.Join("; ", wide)}");

        var small = await page.EvaluateAsync<string[]>(SmallTargets);
        Assert.True(small.Length == 0, $"{path} at {width}px has {small.Length} touch targets under 24x24 CSS px:\n" + string.Join('\n', small));
    }

    private static TheoryData<string, string, int> Widths()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var row in SitePages.All)
        {
            foreach (var width in (int[])[375, 1280])
            {
                data.Add((string)row[0], (string)row[1], width);
            }
        }

        return data;
    }
}
