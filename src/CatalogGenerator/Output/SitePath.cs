namespace FleetCatalog.Output;

/// <summary>
/// Site-relative file paths (<c>projects/x/index.html</c>): forward slashes, no leading slash, never
/// leaving the site's root, and portable to Windows and case-insensitive disks.
/// </summary>
internal static class SitePath
{
    /// <summary>The path, checked; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static string Normalize(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var problem = Problem(relativePath);
        return problem is null
            ? relativePath
            : throw new ArgumentException($"'{relativePath}' is not a site path: {problem}.", nameof(relativePath));
    }

    /// <summary>Like <see cref="Normalize"/> for a folder; the empty string is the site's root.</summary>
    public static string NormalizeDirectory(string relativeDirectory)
    {
        ArgumentNullException.ThrowIfNull(relativeDirectory);
        var trimmed = relativeDirectory.TrimEnd('/');
        return trimmed.Length == 0 && relativeDirectory.Length <= 1 ? string.Empty : Normalize(trimmed);
    }

    public static string Combine(string directory, string name) => directory.Length == 0 ? name : directory + "/" + name;

    /// <summary>The address a file is served at, relative to the site: <c>a/index.html</c> is <c>a/</c>.</summary>
    public static string UrlPathOf(string relativeFile)
    {
        if (relativeFile == "index.html")
        {
            return string.Empty;
        }

        return relativeFile.EndsWith("/index.html", StringComparison.Ordinal)
            ? relativeFile[..^"index.html".Length]
            : relativeFile;
    }

    private static string? Problem(string path)
    {
        if (path.Length == 0)
        {
            return "it is empty";
        }

        if (path[0] == '/' || (path.Length >= 2 && path[1] == ':'))
        {
            return "it is absolute; give it relative to the site's root";
        }

        if (path.Contains('\\', StringComparison.Ordinal))
        {
            return "use forward slashes";
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return segment == ".." ? "'..' would leave the site's root" : "it has an empty or '.' segment";
            }

            if (segment.EndsWith('.') || segment.EndsWith(' '))
            {
                return "a name ends with a dot or a space, which Windows drops";
            }
        }

        var bad = path.FirstOrDefault(c => char.IsControl(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|');
        return bad == default ? null : $"it contains '{(char.IsControl(bad) ? $"U+{(int)bad:X4}" : bad)}', which not every disk allows";
    }
}
