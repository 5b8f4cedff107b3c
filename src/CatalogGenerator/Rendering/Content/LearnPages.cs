using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Rendering.Content;

/// <summary>Every usable learn page, in menu order (order, then slug), and what is wrong with any of them.</summary>
/// <param name="FileSlugs">The slug of every page file with a valid name, usable or not: what a learning path may name
/// without being told the page does not exist (a page left out for its errors has its own diagnostics).</param>
internal sealed record LearnPages(ImmutableArray<LearnPage> Pages, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> FileSlugs)
{
    /// <summary>How diagnostics and <see cref="LearnPage.SourcePath"/> name the folder, whatever it is called on disk.</summary>
    public const string DefaultFolder = "site/learn";

    public IEnumerable<string> Slugs => Pages.Select(p => p.Slug);

    public LearnPage? Find(string slug) => Pages.FirstOrDefault(p => p.Slug == slug);

    /// <summary>
    /// Reads every Markdown file in <paramref name="directory"/> (a missing folder has no pages). A page with an
    /// error is reported and left out; two pages with the same order are both kept, the second warned (CAT868).
    /// </summary>
    public static LearnPages Load(string directory, string folder = DefaultFolder)
    {
        if (!Directory.Exists(directory))
        {
            return new LearnPages([], [], []);
        }

        var pages = new List<(LearnPage Page, SourceSpan OrderSpan)>();
        var diagnostics = new List<Diagnostic>();
        var fileSlugs = new List<string>();
        var files = Directory.EnumerateFiles(directory)
            .Where(p => Path.GetExtension(p).ToLowerInvariant() is ".md" or ".markdown" or ".mdx")
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var file = $"{folder}/{Path.GetFileName(path)}";
            if (path.EndsWith(LearnPageReader.Extension, StringComparison.Ordinal) && Sources.Entries.Slugs.IsKebabCase(Path.GetFileNameWithoutExtension(path)))
            {
                fileSlugs.Add(Path.GetFileNameWithoutExtension(path));
            }

            var findings = new FileFindings(file);
            var text = ContentFile.Read(path, findings, LearnPageReader.Needs);
            if (text is null)
            {
                diagnostics.AddRange(findings.ToImmutable());
                continue;
            }

            var (result, orderSpan) = LearnPageReader.ReadPage(text, file);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Page is not null)
            {
                pages.Add((result.Page, orderSpan));
            }
        }

        foreach (var group in pages.GroupBy(p => p.Page.Order).Where(g => g.Count() > 1))
        {
            var first = group.First().Page;
            diagnostics.AddRange(group.Skip(1).Select(p => DiagnosticCodes.LearnDuplicateOrder.Create(
                $"order {p.Page.Order} is also the order of '{first.SourcePath}', so the learn menu cannot tell which comes first (it falls back to the file names); give each page its own number",
                p.Page.SourcePath, p.OrderSpan)));
        }

        var ordered = pages.Select(p => p.Page).OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal);
        return new LearnPages([.. ordered], [.. diagnostics], [.. fileSlugs]);
    }
}
