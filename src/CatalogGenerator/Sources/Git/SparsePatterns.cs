namespace FleetCatalog.Sources.Git;

/// <summary>
/// The sparse-checkout patterns (gitignore syntax, non-cone) for the files the catalog reads from a project:
/// manifest, compose file, Dockerfiles, guide and logo. Everything else in the repository stays on the host.
/// </summary>
internal static class SparsePatterns
{
    /// <summary>What every project may have at its root; Dockerfiles can be in any build context.</summary>
    public static IReadOnlyList<string> Defaults { get; } =
    [
        "/balena.yml",
        "/balena.yaml",
        "/.balena/",
        "/docker-compose.yml",
        "/docker-compose.yaml",
        "Dockerfile*",
        "*.dockerfile",
        "/README*",
        "/logo.*",
    ];

    /// <summary>
    /// The defaults plus the entry's manifest (and the compose file and .balena folder beside it), its guide,
    /// and any other repository paths (a logo named by the manifest). Paths are relative to the repository
    /// root; ones that leave it ("..") or cannot be a file name are left out.
    /// </summary>
    public static IReadOnlyList<string> For(string? manifestPath, string? guidePath, IEnumerable<string>? extraPaths = null)
    {
        var patterns = new List<string>(Defaults);
        if (Normalize(manifestPath) is { } manifest)
        {
            patterns.Add(Pattern(manifest));
            var folder = manifest.Contains('/', StringComparison.Ordinal) ? manifest[..manifest.LastIndexOf('/')] : null;
            if (folder is not null)
            {
                patterns.Add(Pattern(folder + "/docker-compose.yml"));
                patterns.Add(Pattern(folder + "/docker-compose.yaml"));
                patterns.Add(Pattern(folder + "/.balena") + "/");
            }
        }

        foreach (var path in (IEnumerable<string?>)[guidePath, .. extraPaths ?? []])
        {
            if (Normalize(path) is { } file)
            {
                patterns.Add(Pattern(file));
            }
        }

        return patterns.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>"docs/Guide.md" from "./docs\Guide.md" or "/docs/Guide.md"; null when it is not a path inside the repository.</summary>
    public static string? Normalize(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Any(char.IsControl))
        {
            return null;
        }

        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToList();
        return segments.Count == 0 || segments.Contains("..") || segments.Contains(".git") ? null : string.Join('/', segments);
    }

    // Anchored at the root, with gitignore's wildcards and trailing spaces escaped so a name means itself.
    private static string Pattern(string path)
    {
        var escaped = string.Concat(path.Select(c => c is '*' or '?' or '[' or '\\' ? $"\\{c}" : c.ToString()));
        var trimmed = escaped.TrimEnd(' ');
        return "/" + trimmed + string.Concat(Enumerable.Repeat("\\ ", escaped.Length - trimmed.Length));
    }
}
