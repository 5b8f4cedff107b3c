using System.Buffers;

namespace FleetCatalog.Search;

/// <summary>
/// Pagefind's <c>--glob</c> for the pages that carry <c>data-pagefind-body</c>. Pagefind parses every HTML file it is
/// given before it knows which ones to index, and a catalog's listing pages (every card on one page) are a large part
/// of its bytes: limiting it to the pages' folder shapes left its index byte for byte the same and took a fifth off
/// its time (docs/benchmarks.md). One pattern per shape, so the argument stays short at 10,000 projects:
/// <c>projects/sound/index.html</c> gives <c>projects/*/index.html</c>.
/// </summary>
internal static class SearchGlob
{
    private static readonly SearchValues<char> GlobSyntax = SearchValues.Create("*?[]{},\\!");

    /// <summary>The glob, or null (index every page) when there is no page or a name would need escaping.</summary>
    public static string? For(IEnumerable<string> pages)
    {
        var patterns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var segments = page.Split('/');
            if (segments[0].AsSpan().ContainsAny(GlobSyntax) || segments[^1].AsSpan().ContainsAny(GlobSyntax))
            {
                return null;
            }

            patterns.Add(segments.Length <= 2 ? page : string.Join('/', [segments[0], .. Enumerable.Repeat("*", segments.Length - 2), segments[^1]]));
        }

        return patterns.Count switch
        {
            0 => null,
            1 => patterns.Min,
            _ => "{" + string.Join(',', patterns) + "}",
        };
    }
}
