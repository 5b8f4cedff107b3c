using FleetCatalog.Projects;

namespace FleetCatalog.Cli.Entries;

/// <summary>
/// The repository URL given to <c>catalog add</c>, in the form an entry writes: <c>https://host/owner/repo</c> for any
/// spelling git and browsers accept (<c>.git</c>, a trailing slash, <c>git@github.com:o/r.git</c>, <c>www.</c>, a page of the
/// repository); a <c>file://</c> URL (a local mirror) is kept as it is. Null when it names no repository.
/// </summary>
internal static class RepositoryArgument
{
    public static string? Normalize(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(trimmed, UriKind.Absolute, out var file) && file.IsFile && file.LocalPath.Length > 1 ? trimmed.TrimEnd('/') : null;
        }

        return RepositoryUrl.Parse(trimmed)?.WebUrl;
    }
}
