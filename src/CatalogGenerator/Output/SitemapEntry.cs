namespace FleetCatalog.Output;

/// <summary>One page in sitemap.xml.</summary>
/// <param name="Path">The page's site-relative address (<c>projects/x/</c>; "" is the home page).</param>
/// <param name="LastModified">When its content last changed (a project's update), if known.</param>
internal sealed record SitemapEntry(string Path, DateTimeOffset? LastModified);
