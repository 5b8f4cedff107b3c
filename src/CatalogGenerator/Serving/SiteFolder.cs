namespace FleetCatalog.Serving;

/// <summary>
/// Maps URL paths to files of a built site the way static hosts do (<c>/x/</c> is <c>x/index.html</c>,
/// <c>/x</c> redirects to <c>/x/</c>), and never to a file outside the folder: dot segments and
/// backslashes are refused, and every symbolic link on the way is followed and must stay inside.
/// </summary>
internal sealed class SiteFolder
{
    private const string Index = "index.html";

    public SiteFolder(string folder)
    {
        Root = RealPath(Path.GetFullPath(folder)) ?? folder;
        if (!Directory.Exists(Root))
        {
            throw new DirectoryNotFoundException($"the site folder {folder} does not exist");
        }
    }

    /// <summary>The folder's real path (its own symbolic links resolved).</summary>
    public string Root { get; }

    /// <param name="path">The request path, percent-decoded (<c>/projects/x/</c>).</param>
    public SiteLookup Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal))
        {
            return SiteLookup.NotFound;
        }

        var segments = path[1..].Split('/');
        var last = segments.Length - 1;
        for (var i = 0; i < segments.Length; i++)
        {
            // An empty segment is only allowed last (the trailing slash); "." and ".." never.
            if ((segments[i].Length == 0 && i != last) || segments[i] is "." or "..")
            {
                return SiteLookup.NotFound;
            }
        }

        var target = Inside(string.Join(Path.DirectorySeparatorChar, segments));
        if (target is null)
        {
            return SiteLookup.NotFound;
        }

        if (segments[last].Length == 0)
        {
            return Directory.Exists(target) ? FileLookup(Path.Combine(target, Index)) : SiteLookup.NotFound;
        }

        if (Directory.Exists(target))
        {
            return FileLookup(Path.Combine(target, Index)).Kind == SiteLookupKind.File
                ? new SiteLookup(SiteLookupKind.Redirect, Location: Escape(path) + "/")
                : SiteLookup.NotFound;
        }

        return FileLookup(target);
    }

    /// <summary>The site's own 404 page, when it has one.</summary>
    public string? NotFoundPage() => FileLookup(Path.Combine(Root, "404.html")).FilePath;

    private SiteLookup FileLookup(string path) =>
        Inside(Path.GetRelativePath(Root, path)) is { } real && File.Exists(real) ? new SiteLookup(SiteLookupKind.File, real) : SiteLookup.NotFound;

    /// <summary>The real path of <paramref name="relative"/> under the root, or null when it resolves outside.</summary>
    private string? Inside(string relative)
    {
        var real = RealPath(Path.Combine(Root, relative));
        return real is not null && (real == Root || real.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) ? real : null;
    }

    /// <summary>
    /// The path with every symbolic link along it resolved, like realpath(3): one component at a time from
    /// the top, a link's target replacing it (relative targets read from the real folder the link sits in,
    /// so ".." in them goes where the file system would). Missing components are kept as they are; null
    /// after 40 links (a loop).
    /// </summary>
    private static string? RealPath(string fullPath)
    {
        var separators = new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var pending = new Stack<string>(fullPath[root.Length..].Split(separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Combine(current, segment);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > 40)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
                target = target[current.Length..];
            }

            foreach (var part in target.Split(separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(part);
            }
        }

        return current;
    }

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
