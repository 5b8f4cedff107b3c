using System.Globalization;

namespace FleetCatalog.Output;

/// <summary>One entry of the Atom feed: a project that is new or was updated.</summary>
/// <param name="Title">Plain text ("New: Pi-hole" or "Pi-hole 2.1.0").</param>
/// <param name="Path">The page it links to, site-relative (<c>projects/pihole/</c>).</param>
/// <param name="Updated">When the project last changed.</param>
/// <param name="Summary">Plain text, one or two sentences.</param>
internal sealed record FeedEntry(string Title, string Path, DateTimeOffset Updated, string Summary)
{
    /// <summary>
    /// The entry's permanent id. Without one, the page's absolute URL. Feed readers show an id once and
    /// treat a later entry with the same id as an edit, so give an update its own id (see
    /// <see cref="TagUri"/>) when readers should show it as news.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>When the project joined the catalog, if known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>
    /// A tag URI (RFC 4151) that never changes even if the site moves:
    /// <c>tag:example.org,2024-05-01:projects/pihole/2.1.0</c>. <paramref name="date"/> must be a day the
    /// site's host name was ours (such as the day the entry was first published).
    /// </summary>
    public static string TagUri(SiteUrls urls, DateOnly date, string specific)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return $"tag:{urls.BaseUrl.Host},{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{specific}";
    }
}
