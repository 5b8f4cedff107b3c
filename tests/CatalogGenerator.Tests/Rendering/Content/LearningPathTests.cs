using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Rendering.Content.ContentTesting;

namespace FleetCatalog.Tests.Rendering.Content;

/// <summary>site.yml's learning-paths: pages that exist (CAT864), projects in the catalog (CAT863).</summary>
public sealed class LearningPathTests
{
    private static string Path(string body) => $"{Minimal}learning-paths:\n  - title: Your first fleet\n{body}";

    [Fact]
    public void A_path_is_read_with_its_pages_in_order_and_its_projects()
    {
        var (config, diagnostics) = ReadSite(Path("    summary: Start here.\n    pages: [getting-started, choosing-hardware]\n    projects: [syncthing, adguard-home]\n"));

        Assert.Empty(diagnostics);
        var path = Assert.Single(config!.LearningPaths);
        Assert.Equal("Your first fleet", path.Title);
        Assert.Equal("your-first-fleet", path.Slug);
        Assert.Equal("Start here.", path.Summary);
        Assert.Equal(["getting-started", "choosing-hardware"], path.Pages.ToArray());
        Assert.Equal(["syncthing", "adguard-home"], path.Projects.ToArray());
    }

    [Fact]
    public void A_page_that_does_not_exist_names_the_page_meant()
    {
        var (config, diagnostics) = ReadSite(Path("    summary: s\n    pages:\n      - getting-started\n      - chosing-hardware\n    projects: [syncthing]\n"));

        var finding = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.LearningPathUnknownPage.Code, finding.Code);
        AssertAt(finding, 9, 9);
        Assert.Contains("learning path 'Your first fleet' names learn page 'chosing-hardware', but there is no site/learn/chosing-hardware.md", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'choosing-hardware'?", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["getting-started"], Assert.Single(config!.LearningPaths).Pages.ToArray());
    }

    [Fact]
    public void A_project_that_is_not_in_the_catalog_names_the_one_meant()
    {
        var finding = SingleSite(Path("    summary: s\n    pages: [getting-started]\n    projects: [synthing]\n"), DiagnosticCodes.SiteUnknownProject);

        AssertAt(finding, 8, 16);
        Assert.Contains("names project 'synthing', which is not in the catalog", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'syncthing'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_without_pages_is_an_error_and_left_out()
    {
        var (config, diagnostics) = ReadSite(Path("    summary: s\n    projects: [syncthing]\n"));

        var finding = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.SiteSettingMissing.Code, DiagnosticSeverity.Error), (finding.Code, finding.Severity));
        AssertAt(finding, 5, 5);
        Assert.Empty(config!.LearningPaths);
    }

    [Fact]
    public void A_path_without_projects_is_a_warning()
    {
        var (config, diagnostics) = ReadSite(Path("    summary: s\n    pages: [getting-started]\n"));

        var finding = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.SiteSettingMissing.Code, DiagnosticSeverity.Warning), (finding.Code, finding.Severity));
        Assert.Contains("two to four catalog projects", finding.Message, StringComparison.Ordinal);
        Assert.Single(config!.LearningPaths);
    }

    [Fact]
    public void An_unknown_key_in_a_path_names_the_key_meant()
    {
        var finding = SingleSite(Path("    description: s\n    summary: s\n    pages: [getting-started]\n    projects: [syncthing]\n"), DiagnosticCodes.ContentUnknownKey);

        AssertAt(finding, 6, 5);
        Assert.EndsWith("did you mean 'summary'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_paths_with_the_same_address_are_an_error()
    {
        var entry = "    summary: s\n    pages: [getting-started]\n    projects: [syncthing]\n";
        var (config, diagnostics) = ReadSite(Path(entry) + "  - title: Your First Fleet!\n" + entry);

        var finding = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SiteSettingInvalid.Code, finding.Code);
        AssertAt(finding, 9, 12);
        Assert.Single(config!.LearningPaths);
    }

    [Fact]
    public void Learning_paths_must_be_a_list()
    {
        var finding = SingleSite($"{Minimal}learning-paths: getting-started\n", DiagnosticCodes.SiteSettingInvalid);

        AssertAt(finding, 4, 17);
    }

    [Fact]
    public void Site_content_checks_paths_against_the_learn_pages_on_disk()
    {
        using var dir = new TempDirectory();
        dir.Write("site.yml", Path("    summary: s\n    pages: [getting-started, broken, missing]\n    projects: [syncthing]\n"));
        dir.Write("learn/getting-started.md", Page(GoodFrontMatter));
        dir.Write("learn/broken.md", Page("title: Broken\n"));

        var content = SiteContent.Load(dir.Path, KnownProjects);

        // 'broken' exists but has errors of its own: the path is not told it is missing.
        Assert.Equal(["getting-started"], content.LearnPages.Select(p => p.Slug));
        var unknown = Assert.Single(content.Diagnostics.WithCode(DiagnosticCodes.LearningPathUnknownPage));
        Assert.Contains("'missing'", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("site/site.yml", unknown.File);
        Assert.Contains(content.Diagnostics, d => d.File == "site/learn/broken.md" && d.Code == DiagnosticCodes.LearnFrontMatterInvalid.Code);
        Assert.True(content.HasErrors);
    }
}
