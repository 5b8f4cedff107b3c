namespace FleetCatalog.Output;

/// <summary>robots.txt: every crawler may read everything; points at the sitemap.</summary>
internal static class RobotsTxt
{
    public static string Create(SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var note = urls.BasePath == "/"
            ? string.Empty
            : $"# Crawlers read robots.txt only at a host's root; this site lives under {urls.BasePath}, so copy\n"
              + "# these lines into the host's own robots.txt for them to take effect.\n";
        return $"{note}User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(SiteUrls.Sitemap)}\n";
    }
}
