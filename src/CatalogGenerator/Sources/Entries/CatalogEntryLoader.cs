using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// Reads every entry in <c>projects/</c>. One unreadable or broken entry is reported and the others are
/// still read; a repository listed by two entries (CAT608) is kept under the first file name only.
/// </summary>
internal static class CatalogEntryLoader
{
    /// <summary>How diagnostics name the folder, whatever it is called on disk.</summary>
    public const string Folder = "projects";

    public static CatalogEntries LoadAll(string projectsDirectory, CategoryList categories)
    {
        if (!Directory.Exists(projectsDirectory))
        {
            return new CatalogEntries([], [DiagnosticCodes.FileUnreadable.Create(
                $"the entries folder '{projectsDirectory}' does not exist; the catalog lists one project per '{Folder}/<slug>.yml' in it",
                Folder, SourceSpan.None)]);
        }

        var entries = new List<CatalogEntry>();
        var diagnostics = new List<Diagnostic>();
        var files = Directory.EnumerateFiles(projectsDirectory)
            .Where(p => Path.GetExtension(p).ToLowerInvariant() is ".yml" or ".yaml")
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var file = $"{Folder}/{Path.GetFileName(path)}";
            var (entry, problems) = Read(path, file, categories);
            diagnostics.AddRange(problems);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        var duplicates = DuplicateRepositories.Find(entries);
        diagnostics.AddRange(duplicates.Select(d => d.Diagnostic));
        var dropped = duplicates.Select(d => d.Entry).ToHashSet();
        return new CatalogEntries([.. entries.Where(e => !dropped.Contains(e))], [.. diagnostics]);
    }

    private static (CatalogEntry? Entry, ImmutableArray<Diagnostic> Diagnostics) Read(string path, string file, CategoryList categories)
    {
        byte[] bytes;
        try
        {
            bytes = SourceText.ReadLimited(path, EntryText.MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [DiagnosticCodes.FileUnreadable.Create($"'{file}' cannot be read: {e.Message}", file, SourceSpan.None)]);
        }

        return CatalogEntryReader.Read(bytes, file, categories);
    }
}
