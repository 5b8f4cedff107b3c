using FleetCatalog.Projects;

namespace FleetCatalog.Rendering.Markdown.Links;

/// <summary>
/// Where a repository's host shows a file, a folder and a file's raw bytes at one commit. Known: GitHub
/// (<c>/blob/</c>, <c>/tree/</c>, raw.githubusercontent.com), GitLab (<c>/-/blob/</c>, <c>/-/tree/</c>, <c>/-/raw/</c>),
/// Codeberg and other Gitea/Forgejo (<c>/src/commit/</c>, <c>/raw/commit/</c>) and Bitbucket (<c>/src/</c>,
/// <c>/raw/</c>). Other hosts have no known layout: <see cref="For"/> returns null.
/// </summary>
internal sealed class RepositoryFiles
{
    private readonly string filePrefix;
    private readonly string folderPrefix;
    private readonly string rawPrefix;

    private RepositoryFiles(string filePrefix, string folderPrefix, string rawPrefix)
    {
        this.filePrefix = filePrefix;
        this.folderPrefix = folderPrefix;
        this.rawPrefix = rawPrefix;
    }

    public static RepositoryFiles? For(RepositoryUrl repository, string commit)
    {
        var web = repository.WebUrl;
        var at = Uri.EscapeDataString(commit);
        return repository.Host switch
        {
            "github.com" => new($"{web}/blob/{at}/", $"{web}/tree/{at}/", $"https://raw.githubusercontent.com/{repository.Path}/{at}/"),
            "codeberg.org" => new($"{web}/src/commit/{at}/", $"{web}/src/commit/{at}/", $"{web}/raw/commit/{at}/"),
            "bitbucket.org" => new($"{web}/src/{at}/", $"{web}/src/{at}/", $"{web}/raw/{at}/"),
            var host when host == "gitlab.com" || host.StartsWith("gitlab.", StringComparison.Ordinal) =>
                new($"{web}/-/blob/{at}/", $"{web}/-/tree/{at}/", $"{web}/-/raw/{at}/"),
            _ => null,
        };
    }

    /// <summary>The page showing a file or folder: <c>https://github.com/o/r/blob/SHA/docs/setup.md</c>.</summary>
    public string Page(RelativeReference reference) =>
        (reference.IsFolder ? folderPrefix : filePrefix) + reference.Path + reference.Query + reference.Fragment;

    /// <summary>The file's bytes, for images: <c>https://raw.githubusercontent.com/o/r/SHA/images/logo.png</c>.</summary>
    public string Raw(RelativeReference reference) => rawPrefix + reference.Path + reference.Query;
}
