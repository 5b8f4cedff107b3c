namespace FleetCatalog.Projects;

/// <summary>Finds the <c>origin</c> URL of the git checkout a folder is in, by reading its config (no git process).</summary>
internal static class GitRemote
{
    public static string? Find(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            var config = Directory.Exists(git) ? Path.Combine(git, "config") : File.Exists(git) ? ConfigOfWorktree(dir.FullName, git) : null;
            if (config is not null)
            {
                return File.Exists(config) ? ReadOrigin(File.ReadLines(config)) : null;
            }
        }

        return null;
    }

    internal static string? ReadOrigin(IEnumerable<string> lines)
    {
        var inOrigin = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inOrigin = line.Replace(" ", string.Empty, StringComparison.Ordinal) == "[remote\"origin\"]";
                continue;
            }

            if (inOrigin && line.StartsWith("url", StringComparison.Ordinal) && line.IndexOf('=', StringComparison.Ordinal) is var eq and > 0)
            {
                return line[(eq + 1)..].Trim();
            }
        }

        return null;
    }

    // A worktree or submodule has a ".git" file: "gitdir: <path>"; its config is in the common dir.
    private static string? ConfigOfWorktree(string root, string gitFile)
    {
        var line = File.ReadLines(gitFile).FirstOrDefault() ?? string.Empty;
        if (!line.StartsWith("gitdir:", StringComparison.Ordinal))
        {
            return null;
        }

        var gitDir = Path.GetFullPath(Path.Combine(root, line["gitdir:".Length..].Trim()));
        var common = Path.Combine(gitDir, "commondir");
        var configDir = File.Exists(common) ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(common).Trim())) : gitDir;
        return Path.Combine(configDir, "config");
    }
}
