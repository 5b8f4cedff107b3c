using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Entries;

/// <summary>The catalog's own files (entries, the category list, site.yml, learn pages) are read up to a limit, as project files are.</summary>
public sealed class BoundedCatalogFilesTests
{
    private static readonly CategoryList Categories = CategoryList.Read("- slug: media\n  name: Media\n  description: Sound.\n").Categories!;

    [Fact]
    public void An_endless_entry_is_a_too_large_finding_naming_it()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        using var dir = new TempDirectory();
        File.CreateSymbolicLink(Path.Combine(dir.Path, "x.yml"), "/dev/zero");

        var loaded = CatalogEntryLoader.LoadAll(dir.Path, Categories);

        var finding = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.FileTooLarge.Code, finding.Code);
        Assert.Contains("x.yml", finding.File, StringComparison.Ordinal);
        Assert.Contains("is over 64 KiB", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_category_list_is_a_too_large_finding()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var (categories, diagnostics) = CategoryList.Load("/dev/zero");

        Assert.Null(categories);
        Assert.Equal([DiagnosticCodes.FileTooLarge.Code], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void An_endless_site_or_learn_file_is_a_too_large_finding_naming_it()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var findings = new FileFindings("site/learn/zero.md");

        Assert.Null(ContentFile.Read("/dev/zero", findings, "a learn page needs a title"));
        var finding = Assert.Single(findings.ToImmutable());
        Assert.Equal(DiagnosticCodes.FileTooLarge.Code, finding.Code);
        Assert.Equal("'site/learn/zero.md' is over 256 KiB, the most that is read: split it into several pages", finding.Message);
    }

    [Fact]
    public void A_folder_given_as_the_category_list_is_called_a_folder()
    {
        using var dir = new TempDirectory();

        var (categories, diagnostics) = CategoryList.Load(dir.Path);

        Assert.Null(categories);
        var finding = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FileUnreadable.Code, finding.Code);
        Assert.Contains($"'{dir.Path}' is a folder, not a file", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", finding.Message, StringComparison.Ordinal);
    }
}
