namespace FleetCatalog.Rendering.Markdown.Links;

/// <summary>
/// A relative link (<c>docs/setup.md#wifi</c>, <c>../images/a.png</c>, <c>/LICENSE</c>) resolved against the guide's
/// folder the way GitHub does it: a leading slash starts at the repository's root, <c>..</c> never climbs above it,
/// and a path ending in a slash is a folder.
/// </summary>
/// <param name="Path">From the repository root, without a leading slash; empty for the root itself.</param>
/// <param name="Query">"?..." or empty.</param>
/// <param name="Fragment">"#..." or empty.</param>
internal readonly record struct RelativeReference(string Path, bool IsFolder, string Query, string Fragment)
{
    public static RelativeReference Resolve(string guidePath, string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? string.Empty : href[hash..];
        var beforeFragment = hash < 0 ? href : href[..hash];
        var question = beforeFragment.IndexOf('?', StringComparison.Ordinal);
        var query = question < 0 ? string.Empty : beforeFragment[question..];
        var path = question < 0 ? beforeFragment : beforeFragment[..question];

        if (path.Length == 0)
        {
            return new RelativeReference(guidePath.TrimStart('/'), false, query, fragment);
        }

        var segments = new List<string>();
        if (!path.StartsWith('/'))
        {
            segments.AddRange(guidePath.Split('/', StringSplitOptions.RemoveEmptyEntries).SkipLast(1));
        }

        var parts = path.Replace('\\', '/').Split('/');
        foreach (var part in parts)
        {
            if (part == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (part.Length > 0 && part != ".")
            {
                segments.Add(part.Replace(" ", "%20", StringComparison.Ordinal));
            }
        }

        var isFolder = parts[^1] is "" or "." or ".." || segments.Count == 0;
        return new RelativeReference(string.Join('/', segments), isFolder, query, fragment);
    }
}
