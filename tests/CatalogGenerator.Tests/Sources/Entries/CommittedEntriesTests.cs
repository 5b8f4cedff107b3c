using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Entries;

/// <summary>The catalog's own data: every committed entry must load cleanly against the committed category list.</summary>
public sealed class CommittedEntriesTests
{
    private static string Projects => Path.Combine(TestPaths.RepositoryRoot, "projects");

    [Fact]
    public void The_committed_category_list_loads()
    {
        var (categories, diagnostics) = CategoryList.Load(Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml"));

        Assert.Empty(diagnostics);
        Assert.InRange(categories!.All.Length, 8, 16);
    }

    [Fact]
    public void Every_committed_entry_loads_with_no_error_or_warning()
    {
        var categories = CategoryList.Load(Path.Combine(TestPaths.RepositoryRoot, "site", "categories.yml")).Categories!;

        var result = CatalogEntryLoader.LoadAll(Projects, categories);

        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => $"{d.File}:{d.Span.Line}:{d.Span.Column}: {d.Code} {d.Message}").ToList();
        Assert.True(problems.Count == 0, "fix these entries:\n" + string.Join('\n', problems));
        Assert.Equal(Directory.EnumerateFiles(Projects).Count(), result.Entries.Length);
        Assert.All(result.Entries, e => Assert.NotNull(e.Category));
    }
}
