using FleetCatalog.Projects;

namespace FleetCatalog.Sources.Refresh;

/// <summary>Which GitHub repository (owner/name) to ask the API about for a catalog entry, if any.</summary>
internal static class GitHubRepositoryName
{
    /// <summary>
    /// Repositories on github.com; with <c>--github-api-url</c>, also those on that server's host (GitHub
    /// Enterprise) and local mirrors (<c>file:///…/OWNER/REPO.git</c>), looked up by their last two path segments.
    /// </summary>
    public static bool TryGet(string repository, Uri? apiUrl, out string owner, out string name)
    {
        owner = name = string.Empty;
        if (RepositoryUrl.Parse(repository) is { } url && (url.IsGitHub || (apiUrl is not null && string.Equals(url.Host, apiUrl.Host, StringComparison.OrdinalIgnoreCase))))
        {
            (owner, name) = (url.Owner, url.Name);
            return true;
        }

        if (apiUrl is null || !Uri.TryCreate(repository, UriKind.Absolute, out var file) || !file.IsFile)
        {
            return false;
        }

        var segments = file.AbsolutePath.TrimEnd('/').Split('/');
        if (segments.Length < 3)
        {
            return false;
        }

        owner = Uri.UnescapeDataString(segments[^2]);
        name = Uri.UnescapeDataString(segments[^1]);
        name = name.EndsWith(".git", StringComparison.Ordinal) ? name[..^4] : name;
        return owner.Length > 0 && name.Length > 0;
    }
}
