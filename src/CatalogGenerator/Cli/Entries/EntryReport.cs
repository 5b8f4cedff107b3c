using System.Collections.Immutable;
using FleetCatalog.Cli.Formats;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Validation;

namespace FleetCatalog.Cli.Entries;

/// <summary>
/// One entry's findings as a <see cref="ValidationReport"/>: the entry's own findings at the entry file's path (as given
/// on the command line), and the project's findings in the repository's files, named <c>owner/repo:balena.yml</c>, so a
/// flat list of findings still says which repository a file is in. The part after the colon is the file exactly as
/// the build report names it inside the project.
/// </summary>
internal static class EntryReport
{
    /// <param name="entryFile">How the findings name the entry (<c>projects/&lt;slug&gt;.yml</c>).</param>
    /// <param name="entryPath">The entry's path to show, from the current directory.</param>
    public static ValidationReport Create(IEnumerable<Diagnostic> diagnostics, string entryFile, string entryPath, string? repository, string manifestPath)
    {
        var all = diagnostics.ToList();
        var own = all.Where(d => d.File == entryFile).Select(d => d with { File = entryPath }).ToImmutableArray();
        var project = all.Where(d => d.File != entryFile).Select(d => d with { File = RepositoryFile(repository, d.File) }).ToImmutableArray();
        var results = new List<ValidationResult> { Result(entryPath, own) };
        if (project.Length > 0 || repository is not null)
        {
            results.Add(Result(RepositoryFile(repository, manifestPath), project));
        }

        return new ValidationReport(string.Empty, results);
    }

    /// <summary><c>owner/repo:balena.yml</c>: the repository's path (owner/name on GitHub; the last two folders of a file:// URL) and the file in it.</summary>
    public static string RepositoryFile(string? repository, string file) => $"{RepositoryName(repository)}:{file}";

    public static string RepositoryName(string? repository)
    {
        if (RepositoryUrl.Parse(repository) is { } url)
        {
            return url.Path;
        }

        if (repository is not null && Uri.TryCreate(repository, UriKind.Absolute, out var uri) && uri.IsFile)
        {
            var segments = uri.AbsolutePath.TrimEnd('/').Split('/');
            var name = string.Join('/', segments.TakeLast(2).Select(Uri.UnescapeDataString));
            return name.EndsWith(".git", StringComparison.Ordinal) ? name[..^4] : name;
        }

        return repository ?? "repository";
    }

    private static ValidationResult Result(string path, ImmutableArray<Diagnostic> diagnostics) =>
        new(ProjectInput.ManifestOnly(path, null, []), null, diagnostics);
}
