using System.Collections.Concurrent;

namespace FleetCatalog.Search;

/// <summary>
/// The pages of a built site that mark content for search (<c>data-pagefind-body</c>), found as Pagefind finds them: in
/// the HTML itself, so a site layout that marks another kind of page is searched too.
/// </summary>
internal static class SearchablePages
{
    /// <param name="siteDirectory">The built site.</param>
    /// <param name="pages">Its HTML pages, site-relative with forward slashes.</param>
    public static IReadOnlyList<string> Find(string siteDirectory, IEnumerable<string> pages)
    {
        var found = new ConcurrentBag<string>();
        Parallel.ForEach(pages, page =>
        {
            var bytes = File.ReadAllBytes(Path.Combine(siteDirectory, page.Replace('/', Path.DirectorySeparatorChar)));
            if (bytes.AsSpan().IndexOf("data-pagefind-body"u8) >= 0)
            {
                found.Add(page);
            }
        });
        return [.. found.Order(StringComparer.Ordinal)];
    }
}
