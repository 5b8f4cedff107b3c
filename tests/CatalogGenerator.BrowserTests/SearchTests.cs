using System.Net;
using System.Text.RegularExpressions;
using FleetCatalog.Tests.Testing;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

/// <summary>The search page on the fixture site, with its real Pagefind index, driven like a visitor would.</summary>
[Collection(SharedSite.Name)]
public sealed partial class SearchTests(SiteFixture site)
{
    [SharedDataTheory]
    [InlineData("train departure", "Train Departure Display")]
    [InlineData("adguard", "AdGuard Home")]
    [InlineData("ads trackers", "AdGuard Home")]
    public async Task A_query_finds_the_right_project_first(string query, string expected)
    {
        var page = await OpenAsync("/search/");

        await page.Locator("#search-input").PressSequentiallyAsync(query);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]q=" + Regex.Escape(Uri.EscapeDataString(query).Replace("%20", "+", StringComparison.Ordinal)) + "$"));
        await Assertions.Expect(page.Locator(".result-title a").First).ToHaveTextAsync(expected);
        Assert.Matches("^\\d+ results? for “", await page.Locator("#search-status").TextContentAsync() ?? string.Empty);
        await Screenshots.SaveAsync(page, $"{nameof(SearchTests)}-query-{query}", "1280");
    }

    [SharedDataFact]
    public async Task The_matched_words_are_highlighted_in_the_snippet()
    {
        var page = await OpenAsync("/search/?q=departure");

        var mark = page.Locator(".result-excerpt mark").First;
        await Assertions.Expect(mark).ToHaveTextAsync(new Regex("^[Dd]eparture$"));
    }

    [SharedDataFact]
    public async Task A_board_filter_narrows_the_results_to_the_projects_that_run_on_that_board()
    {
        const string Board = "Raspberry Pi 5 & CM5";
        var page = await OpenAsync("/search/?q=raspberry");
        var before = await ResultUrlsAsync(page);

        await page.Locator("details.search-filter summary", new() { HasText = "Board" }).ClickAsync();
        await Checkbox(page, "board", Board).CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("board=Raspberry"));
        var after = await WaitForResultsAsync(page, n => n < before.Count);

        Assert.Equal(ProjectsRunningOn(Board), after.Order(StringComparer.Ordinal));
        Assert.True(after.Count < before.Count, $"the filter did not narrow {before.Count} results");
        await Screenshots.SaveAsync(page, $"{nameof(SearchTests)}-board-filter", "1280");
    }

    [SharedDataFact]
    public async Task A_search_url_reproduces_the_search_with_its_filters()
    {
        var typed = await OpenAsync("/search/");
        await typed.Locator("#search-input").FillAsync("audio");
        await Checkbox(typed, "type", "Block").CheckAsync();
        var typedResults = await WaitForResultsAsync(typed, n => n > 0);
        var shared = typed.Url;

        var opened = await OpenAsync(new Uri(shared).PathAndQuery);

        Assert.Equal("audio", await opened.Locator("#search-input").InputValueAsync());
        Assert.True(await Checkbox(opened, "type", "Block").IsCheckedAsync());
        Assert.Equal(typedResults, await ResultUrlsAsync(opened));
    }

    [SharedDataFact]
    public async Task Filter_counts_follow_the_query_once_the_filters_are_used()
    {
        var page = await OpenAsync("/search/?q=audio");
        var count = page.Locator("input[name='type'][value='Block'] ~ [data-count]");
        await Assertions.Expect(count).ToBeEmptyAsync();

        await Checkbox(page, "type", "App").FocusAsync();

        await Assertions.Expect(count).ToHaveTextAsync("(1)");
        await Assertions.Expect(page.Locator("input[name='type'][value='App'] ~ [data-count]")).ToHaveTextAsync(new Regex("^\\([1-9]\\d*\\)$"));
    }

    [SharedDataFact]
    public async Task The_arrow_keys_move_from_the_box_through_the_results_and_back()
    {
        var page = await OpenAsync("/search/?q=raspberry");
        var links = page.Locator(".result-title a");
        await Assertions.Expect(links.Nth(1)).ToBeVisibleAsync();
        await page.Locator("#search-input").FocusAsync();

        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(links.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(links.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(links.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(page.Locator("#search-input")).ToBeFocusedAsync();
    }

    [SharedDataFact]
    public async Task No_results_point_to_the_catalog_and_the_board_pages()
    {
        var page = await OpenAsync("/search/?q=zzzqqxx");

        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("No results for “zzzqqxx”.");
        var empty = page.Locator(".search-empty");
        await Assertions.Expect(empty).ToBeVisibleAsync();
        await Assertions.Expect(empty.Locator("a[href='/projects/']")).ToBeVisibleAsync();
        await Assertions.Expect(empty.Locator("a[href='/devices/']")).ToBeVisibleAsync();
    }

    [SharedDataFact]
    public async Task Nothing_of_the_search_index_is_downloaded_before_the_search_box_is_used()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) => fetched.Add(new Uri(request.Url).AbsolutePath);

        await page.GotoAsync("/");
        await page.GotoAsync("/projects/audio/");
        await page.GotoAsync("/search/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(fetched, p => p.StartsWith("/pagefind/", StringComparison.Ordinal));

        await page.Locator("#search-input").PressSequentiallyAsync("audio");
        await WaitForResultsAsync(page, n => n > 0);
        Assert.Contains("/pagefind/pagefind.js", fetched);
    }

    [SharedDataFact]
    public async Task The_header_box_leads_to_the_search_page_with_javascript_and_to_the_catalog_without()
    {
        var page = await OpenAsync("/projects/audio/");
        await page.Locator("#site-search").FillAsync("adguard");
        await page.Locator("#site-search").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search/\\?q=adguard$"));
        await Assertions.Expect(page.Locator(".result-title a").First).ToHaveTextAsync("AdGuard Home");

        await using var noScript = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var plain = await noScript.NewPageAsync();
        await plain.GotoAsync("/projects/audio/");
        await plain.Locator("#site-search").FillAsync("adguard");
        await plain.Locator("#site-search").PressAsync("Enter");
        await Assertions.Expect(plain).ToHaveURLAsync(new Regex("/projects/\\?q=adguard$"));
        await Assertions.Expect(plain.Locator("a[href='/projects/balena-adguard/']").First).ToBeVisibleAsync();
    }

    [SharedDataFact]
    public async Task Sorting_by_stars_orders_the_projects_by_the_stars_their_pages_carry()
    {
        const string key = "stars";
        var page = await OpenAsync($"/search/?q=raspberry&sort={key}");
        var links = page.Locator(".result-title a");
        await Assertions.Expect(links.First).ToBeVisibleAsync();
        while (await page.Locator(".search-more").IsVisibleAsync())
        {
            await page.Locator(".search-more button").ClickAsync();
        }

        var shown = await ResultUrlsAsync(page);
        var stars = shown.Select(url => SortValue(url, key)).ToList();
        Assert.True(stars.Distinct().Count() > 2, "the fixture's projects need distinct star counts: " + string.Join(", ", stars));
        Assert.Equal(stars.OrderDescending(StringComparer.Ordinal), stars);
        Assert.Equal("Most stars", await page.Locator("#search-sort option:checked").TextContentAsync());
    }

    // The value the project's page gives Pagefind for the key (stars as a zero-padded number so it compares as text).
    private string SortValue(string url, string key)
    {
        var html = File.ReadAllText(Path.Combine(site.Site.Output, url.Trim('/'), "index.html"));
        var value = Regex.Match(html, $"data-pagefind-sort=\"[^\"]*\\b{key}:([^,\"]+)").Groups[1].Value.Trim();
        return key == "stars" ? value.PadLeft(10, '0') : value;
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await SitePages.GoToAsync(page, path);
        return page;
    }

    private static ILocator Checkbox(IPage page, string filter, string value) =>
        page.Locator($"input[type=checkbox][name='{filter}'][value='{value}']");

    private static async Task<List<string>> ResultUrlsAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("#search-status")).Not.ToBeEmptyAsync();
        return [.. await page.Locator(".result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];
    }

    private static async Task<List<string>> WaitForResultsAsync(IPage page, Func<int, bool> until)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var urls = await ResultUrlsAsync(page);
            if (until(urls.Count))
            {
                return urls;
            }

            await page.WaitForTimeoutAsync(100);
        }

        throw new TimeoutException("the search results did not change as expected within 5 s");
    }

    // What the built pages say: every project page that lists the board among its supported ones.
    private List<string> ProjectsRunningOn(string board) =>
        [.. Directory.GetDirectories(Path.Combine(site.Site.Output, "projects"))
            .Where(folder => File.Exists(Path.Combine(folder, "index.html"))
                && File.ReadAllText(Path.Combine(folder, "index.html")).Contains($"data-pagefind-filter=\"board\">{WebUtility.HtmlEncode(board)}<", StringComparison.Ordinal))
            .Select(folder => $"/projects/{Path.GetFileName(folder)}/")
            .Order(StringComparer.Ordinal)];
}
