using System.IO.Compression;
using System.Text.RegularExpressions;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Rendering.Pages;

/// <summary>A project page stays light, and nothing on it is fetched from another site but the guide's own images.</summary>
public sealed partial class PageBudgetTests
{
    private const int BudgetBytes = 60 * 1024;

    [SharedDataFact]
    public async Task A_project_page_with_its_css_and_js_is_at_most_60_KB_gzipped()
    {
        using var site = await TestSite.BuildAsync();

        var html = site.Read("projects/audio/index.html");
        var files = new List<string> { html };
        files.AddRange(LocalAssets(html).Select(path => File.ReadAllText(Path.Combine(site.Output, path))));
        var total = files.Sum(Gzipped);

        Assert.True(total <= BudgetBytes, $"project page + CSS + JS = {total:N0} bytes gzipped, over the {BudgetBytes:N0} budget");
        Assert.Contains(LocalAssets(html), a => a.EndsWith(".css", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task No_request_leaves_the_site_except_the_guides_own_images_and_the_deploy_link()
    {
        using var site = await TestSite.BuildAsync();

        foreach (var page in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            var outsideGuide = GuideSection().Replace(html, string.Empty);
            foreach (Match m in FetchedUrl().Matches(outsideGuide))
            {
                var url = m.Groups["url"].Value;
                Assert.False(url.StartsWith("http", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal),
                    $"{Path.GetRelativePath(site.Output, page)} loads {url} from another site");
            }
        }
    }

    private static IEnumerable<string> LocalAssets(string html) =>
        FetchedUrl().Matches(html).Select(m => m.Groups["url"].Value)
            .Where(u => u.StartsWith('/') && (u.EndsWith(".css", StringComparison.Ordinal) || u.EndsWith(".js", StringComparison.Ordinal)))
            .Select(u => u.TrimStart('/'))
            .Distinct(StringComparer.Ordinal);

    private static int Gzipped(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            gzip.Write(bytes);
        }

        return (int)buffer.Length;
    }

    // What a browser fetches on its own: scripts, stylesheets and icons, images, media.
    [GeneratedRegex(@"<(?:script|img|source|video|audio|iframe|embed)\b[^>]*\bsrc=""(?<url>[^""]+)""|<link\b(?=[^>]*\brel=""(?:stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)"")[^>]*\bhref=""(?<url>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex FetchedUrl();

    // The guide and the after-deploy text are the project's own Markdown: their images come from its repository.
    [GeneratedRegex(@"<section (?:class=""guide""|aria-labelledby=""after-deploy"")[\s\S]*?</section>\s*(?=<section|<details|</main>|<aside)", RegexOptions.IgnoreCase)]
    private static partial Regex GuideSection();
}
