using System.Collections.Concurrent;

namespace FleetCatalog.Output;

/// <summary>
/// <see cref="LinkTarget.Resolve"/> for one link check, once per distinct address where the page does not matter.
/// Every page of a listing links to the same projects, boards and assets: resolving those again on each page (a
/// <see cref="Uri"/> made and parsed for every link) was half of the link check. Safe to share between threads.
/// </summary>
internal sealed class LinkTargetCache(SiteUrls urls)
{
    private readonly ConcurrentDictionary<string, LinkTarget> everyPage = new(StringComparer.Ordinal);

    public LinkTarget Resolve(string page, string url)
    {
        if (!MeansTheSameOnEveryPage(url))
        {
            return LinkTarget.Resolve(page, url, urls);
        }

        // Two threads may both resolve an address the first time; they get the same answer.
        return everyPage.TryGetValue(url, out var target) ? target : everyPage.GetOrAdd(url, LinkTarget.Resolve(page, url, urls));
    }

    // A path from the host's root ("/x", "//host/x"), or a whole http(s) address. Anything else is read against the
    // page: "", "#x", "x", "../x", and even "http:x", which .NET's Uri reads as relative when the page is on http too.
    private static bool MeansTheSameOnEveryPage(string url) =>
        url.StartsWith('/')
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}
