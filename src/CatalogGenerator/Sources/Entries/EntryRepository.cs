using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// CAT601: <c>repository</c> must be a URL git can clone: <c>https://</c>, <c>http://</c>, <c>ssh://</c>, <c>git://</c>,
/// <c>user@host:path</c> or <c>file://</c> (tests and mirrors). A web page of the repository (<c>/tree/main</c>),
/// a URL without a scheme, or one with a password or token in it is refused with the URL to write instead.
/// </summary>
internal static class EntryRepository
{
    private const string ExampleUrl = "https://github.com/OWNER/REPO";

    private const string Example = $"'repository: {ExampleUrl}'";

    public static string? Read(YamlMapping root, FileFindings findings)
    {
        var entry = root.Find("repository");
        if (entry is null || EntryValue.IsNull(entry.Value))
        {
            findings.Add(DiagnosticCodes.EntryRepositoryInvalid,
                $"the entry names no repository; add {Example}, the git URL of the project", entry?.Key.Span ?? SourceSpan.None);
            return null;
        }

        if (entry.Value is not YamlScalar scalar)
        {
            findings.Add(DiagnosticCodes.EntryRepositoryInvalid, $"'repository' must be one git URL such as '{ExampleUrl}', not {entry.Value.Kind}", entry.Value.Span);
            return null;
        }

        var text = scalar.Value.Trim();
        var problem = Problem(text);
        if (problem is not null)
        {
            findings.Add(DiagnosticCodes.EntryRepositoryInvalid, problem, scalar.Span);
            return null;
        }

        return text;
    }

    /// <summary>The repository's identity for spotting one repository listed twice: host and path, or the folder of a file:// URL.</summary>
    public static string Identity(string repository)
    {
        if (RepositoryUrl.TryParse(repository, out var url))
        {
            return $"{url.Host}/{url.Path}".ToLowerInvariant();
        }

        return Uri.TryCreate(repository, UriKind.Absolute, out var uri)
            ? "file:" + WithoutSuffix(uri.LocalPath.TrimEnd('/'), ".git")
            : repository;
    }

    private static string? Problem(string text)
    {
        if (text.Length == 0)
        {
            return $"'repository' is empty; write {Example}";
        }

        if (text.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var file) && file.IsFile && file.LocalPath.Length > 1
                ? null
                : $"'{text}' is not a usable file:// URL; write it as 'file:///absolute/path/to/repo'";
        }

        if (!RepositoryUrl.TryParse(text, out var url))
        {
            return text.Split('/') is [var owner, var name] && owner.Length > 0 && name.Length > 0 && !owner.Contains('.', StringComparison.Ordinal)
                ? $"'{text}' is not a git URL; did you mean 'https://github.com/{text}'?"
                : $"'{text}' is not a git URL; write the address you would give 'git clone', such as '{ExampleUrl}'";
        }

        var scheme = text.Contains("://", StringComparison.Ordinal) ? text[..text.IndexOf("://", StringComparison.Ordinal)].ToLowerInvariant() : null;
        if (scheme is null && !text.Contains('@', StringComparison.Ordinal))
        {
            return $"'{text}' has no scheme, so git would look for a folder of that name; did you mean '{url.WebUrl}'?";
        }

        if (scheme is "http" or "https")
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
            {
                return $"'{text}' is not a well-formed URL; did you mean '{url.WebUrl}'?";
            }

            if (uri.UserInfo.Length > 0)
            {
                return $"'{text}' holds a user name or token, and entries are public; write '{url.WebUrl}' (the build gets credentials from its environment)";
            }

            var path = WithoutSuffix(uri.AbsolutePath.Trim('/'), ".git");
            if (!string.Equals(Uri.UnescapeDataString(path), url.Path, StringComparison.OrdinalIgnoreCase))
            {
                return $"'{text}' is a page of the repository, which git cannot clone; write '{url.WebUrl}' (and 'ref:' for a branch or tag)";
            }
        }

        return null;
    }

    private static string WithoutSuffix(string text, string suffix) =>
        text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? text[..^suffix.Length] : text;
}
