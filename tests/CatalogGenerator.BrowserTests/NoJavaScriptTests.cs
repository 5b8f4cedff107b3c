using AngleSharp.Html.Parser;
using FleetCatalog.Tests.Rendering.Pages;
using FleetCatalog.Tests.Testing;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

[Collection(SharedSite.Name)]
public sealed class NoJavaScriptTests(SiteFixture site)
{
    private const int MaxPages = 400;

    [SharedDataFact]
    public async Task Without_JavaScript_every_project_page_is_reached_by_links_from_the_home_page()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        var expected = site.ProjectSlugs.Select(slug => $"/projects/{slug}/").ToHashSet(StringComparer.Ordinal);
        Assert.Equal(TestSite.Projects.Length, expected.Count);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var parser = new HtmlParser();

        // Breadth first, in the browser (scripts off), following only what the HTML links to; stops once every project is found.
        while (queue.TryDequeue(out var path) && !expected.IsSubsetOf(reached))
        {
            Assert.True(seen.Count <= MaxPages, $"more than {MaxPages} pages crawled");
            var response = await page.GotoAsync(path);
            if (response is null || response.Status != 200 || !(await response.HeaderValueAsync("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
            {
                continue;
            }

            if (expected.Contains(path))
            {
                reached.Add(path);
            }

            using var document = parser.ParseDocument(await page.ContentAsync());
            Assert.False(document.DocumentElement.ClassList.Contains("js"), $"site.js ran on {path}: JavaScript is not off");
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (SamePath(new Uri(site.Url, path), href) is { } next && seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        await page.GotoAsync("/");
        await Screenshots.SaveAsync(page, $"{nameof(NoJavaScriptTests)}-home", "1280-no-js");
        Assert.Empty(expected.Except(reached));
    }

    /// <summary>The site path a link goes to (no query or fragment), or null when it leaves the site.</summary>
    private string? SamePath(Uri from, string href)
    {
        if (!Uri.TryCreate(from, href, out var target) || target.Scheme != site.Url.Scheme || target.Authority != site.Url.Authority)
        {
            return null;
        }

        return target.AbsolutePath;
    }
}
