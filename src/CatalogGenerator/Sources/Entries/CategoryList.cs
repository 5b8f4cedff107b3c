using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// The closed list of categories an entry may name, from <c>site/categories.yml</c>. There is no built-in
/// fallback: without the file no entry's category can be checked, and that is reported, not guessed.
/// </summary>
internal sealed class CategoryList
{
    public const string DefaultFile = "site/categories.yml";

    private readonly Dictionary<string, Category> _bySlug;

    public CategoryList(IEnumerable<Category> categories)
    {
        All = [.. categories];
        _bySlug = All.DistinctBy(c => c.Slug).ToDictionary(c => c.Slug, StringComparer.Ordinal);
    }

    /// <summary>In the file's order, which is the order the site shows them in.</summary>
    public ImmutableArray<Category> All { get; }

    public IEnumerable<string> Slugs => All.Select(c => c.Slug);

    public Category? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>Reads the list from <paramref name="path"/>; a missing or unreadable file is an error in the result.</summary>
    /// <param name="file">How diagnostics name the file.</param>
    public static CategoryListResult Load(string path, string file = DefaultFile)
    {
        byte[] bytes;
        try
        {
            bytes = SourceText.ReadLimited(path, EntryText.MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is FileNotFoundException or DirectoryNotFoundException ? "does not exist" : $"cannot be read ({e.Message})";
            return new CategoryListResult(null, [DiagnosticCodes.FileUnreadable.Create(
                $"the category list '{path}' {why}; every entry's 'category' is checked against it, so the catalog cannot be built without it",
                file, SourceSpan.None)]);
        }

        var findings = new FileFindings(file);
        var text = EntryText.Decode(bytes, findings, CategoryListReader.Needs);
        return text is null ? new CategoryListResult(null, findings.ToImmutable()) : CategoryListReader.Read(text, file);
    }

    public static CategoryListResult Read(string text, string file = DefaultFile) => CategoryListReader.Read(text, file);
}
