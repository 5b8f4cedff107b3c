namespace FleetCatalog.Output;

/// <summary>sitemap.xml (sitemaps.org 0.9): absolute URLs from the base URL, sorted, with lastmod when known.</summary>
internal static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(SiteUrls urls, IEnumerable<SitemapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var sorted = entries
            .GroupBy(e => e.Path, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var entry in sorted)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, urls.Absolute(entry.Path));
                if (entry.LastModified is { } modified)
                {
                    xml.WriteElementString("lastmod", Namespace, XmlOutput.Timestamp(modified));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>
    /// The addresses of the pages among a site's files (<see cref="SiteOutput.Files"/>): every HTML file
    /// but the ones search engines should skip (404.html, the search page), <c>a/index.html</c> as <c>a/</c>.
    /// </summary>
    public static IEnumerable<string> PagePaths(IEnumerable<string> files) =>
        files.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && f is not ("404.html" or "search/index.html"))
            .Select(SitePath.UrlPathOf);
}
