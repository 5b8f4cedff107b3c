using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Tests.Testing;
using static FleetCatalog.Tests.Rendering.Content.ContentTesting;

namespace FleetCatalog.Tests.Rendering.Content;

/// <summary>site/site.yml: settings, navigation, edit links, featured projects (CAT860-CAT863).</summary>
public sealed class SiteConfigTests
{
    [Fact]
    public void A_complete_file_is_read_with_every_setting()
    {
        var (config, diagnostics) = ReadSite("""
            title: Fleet Catalog
            tagline: Projects for balena fleets.
            base-url: https://fleet.example.org/catalog
            navigation:
              - { label: Projects, url: /projects/ }
              - { label: Source, url: "https://github.com/fleet-catalog/fleet-catalog" }
            edit-link-base: https://github.com/fleet-catalog/fleet-catalog/edit/main
            featured: [syncthing, home-assistant]
            """);

        Assert.Empty(diagnostics);
        Assert.NotNull(config);
        Assert.Equal("Fleet Catalog", config.Title);
        Assert.Equal("Projects for balena fleets.", config.Tagline);
        Assert.Equal("https://fleet.example.org/catalog/", config.BaseUrl);
        Assert.Equal([new NavigationItem("Projects", "/projects/"), new NavigationItem("Source", "https://github.com/fleet-catalog/fleet-catalog")], config.Navigation.ToArray());
        Assert.Equal(["syncthing", "home-assistant"], config.Featured.ToArray());
        Assert.Equal("https://github.com/fleet-catalog/fleet-catalog/edit/main/projects/syncthing.yml", config.EditLinkForProject("syncthing"));
        Assert.Equal("https://github.com/fleet-catalog/fleet-catalog/edit/main/site/learn/a.md", config.EditLink("site/learn/a.md"));
        Assert.Equal("site/site.yml", config.File);
    }

    [Fact]
    public void Optional_settings_may_be_left_out()
    {
        var (config, diagnostics) = ReadSite(Minimal);

        Assert.Empty(diagnostics);
        Assert.Empty(config!.Navigation);
        Assert.Empty(config.Featured.ToArray());
        Assert.Empty(config.LearningPaths);
        Assert.Null(config.EditLinkForProject("syncthing"));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("tagline")]
    [InlineData("base-url")]
    public void A_missing_required_setting_is_an_error_for_the_whole_file_and_no_config(string key)
    {
        var yaml = string.Join('\n', Minimal.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)));

        var result = ReadSite(yaml);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SiteSettingMissing.Code, finding.Code);
        Assert.True(finding.Span.IsNone);
        Assert.Contains($"has no '{key}'", finding.Message, StringComparison.Ordinal);
        Assert.Null(result.Config);
    }

    [Fact]
    public void An_empty_title_is_reported_at_its_key()
    {
        var finding = SingleSite("title: \"\"\ntagline: t\nbase-url: https://example.org/\n", DiagnosticCodes.SiteSettingMissing);

        AssertAt(finding, 1, 1);
    }

    [Theory]
    [InlineData("titel", "did you mean 'title'?")]
    [InlineData("Title", "differs from 'title' only in case")]
    [InlineData("baseurl", "did you mean 'base-url'?")]
    [InlineData("menu", "did you mean 'navigation'?")]
    [InlineData("featured-projects", "did you mean 'featured'?")]
    [InlineData("colour", "the keys are 'title', 'tagline'")]
    public void An_unknown_key_names_the_key_meant(string key, string expected)
    {
        var finding = SingleSite($"{Minimal}{key}: x\n", DiagnosticCodes.ContentUnknownKey);

        AssertAt(finding, 4, 1);
        Assert.Contains($"'{key}'", finding.Message, StringComparison.Ordinal);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fleet-catalog.example.org", "is not a full address")]
    [InlineData("ftp://example.org/", "uses 'ftp:'")]
    [InlineData("https://user:secret@example.org/", "user name or password")]
    [InlineData("https://example.org/?x=1", "query")]
    public void A_base_url_that_cannot_prefix_links_is_an_error(string url, string expected)
    {
        var finding = SingleSite($"title: t\ntagline: t\nbase-url: {url}\n", DiagnosticCodes.SiteSettingInvalid);

        AssertAt(finding, 3, 11);
        Assert.Contains($"base-url '{url}'", finding.Message, StringComparison.Ordinal);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:8080", "http://localhost:8080/")]
    [InlineData("https://owner.github.io/fleet-catalog", "https://owner.github.io/fleet-catalog/")]
    [InlineData("https://example.org", "https://example.org/")]
    public void The_base_url_gets_a_trailing_slash(string url, string expected)
    {
        Assert.Equal((expected, (string?)null), ContentUrls.NormalizeBaseUrl(url));
    }

    [Fact]
    public void The_edit_link_base_must_be_https()
    {
        var finding = SingleSite($"{Minimal}edit-link-base: http://github.com/o/r/edit/main/\n", DiagnosticCodes.SiteSettingInvalid);

        AssertAt(finding, 4, 17);
        Assert.Contains("uses 'http:'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("projects/", "did you mean '/projects/'?")]
    [InlineData("//evil.example/", "written from its root")]
    [InlineData("javascript:alert(1)", "written from its root")]
    public void A_navigation_link_that_breaks_from_some_pages_is_an_error(string url, string expected)
    {
        var finding = SingleSite($"{Minimal}navigation:\n  - label: Projects\n    url: \"{url}\"\n", DiagnosticCodes.SiteSettingInvalid);

        AssertAt(finding, 6, 10);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_navigation_link_without_a_label_is_reported_at_the_link()
    {
        var (config, diagnostics) = ReadSite($"{Minimal}navigation:\n  - url: /projects/\n  - lable: Boards\n    url: /devices/\n");

        AssertAt(Assert.Single(diagnostics.WithCode(DiagnosticCodes.SiteSettingMissing), d => d.Span.Line == 5), 5, 5);
        Assert.Contains("did you mean 'label'?", Assert.Single(diagnostics.WithCode(DiagnosticCodes.ContentUnknownKey)).Message, StringComparison.Ordinal);
        Assert.Empty(config!.Navigation);
    }

    [Theory]
    [InlineData("home-asistant", "did you mean 'home-assistant'?")]
    [InlineData("adguard", "did you mean 'adguard-home'?")]
    [InlineData("/projects/syncthing/", "write the slug alone: 'syncthing'")]
    [InlineData("projects/syncthing.yml", "write the slug alone: 'syncthing'")]
    public void A_featured_project_that_is_not_in_the_catalog_names_the_one_meant(string slug, string expected)
    {
        var result = ReadSite($"{Minimal}featured:\n  - adguard-home\n  - {slug}\n");

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SiteUnknownProject.Code, finding.Code);
        AssertAt(finding, 6, 5);
        Assert.Contains($"featured project '{slug}' is not in the catalog", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(expected, finding.Message, StringComparison.Ordinal);
        Assert.Equal(["adguard-home"], result.Config!.Featured.ToArray());
    }

    [Fact]
    public void A_project_featured_twice_is_a_warning()
    {
        var (config, diagnostics) = ReadSite($"{Minimal}featured: [syncthing, browser, syncthing]\n");

        var finding = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.SiteSettingInvalid.Code, DiagnosticSeverity.Warning), (finding.Code, finding.Severity));
        AssertAt(finding, 4, 32);
        Assert.Equal(["syncthing", "browser"], config!.Featured.ToArray());
    }

    [Theory]
    [InlineData("featured: {a: b}\n", "must be a list, each item a project slug")]
    [InlineData("navigation: /projects/\n", "must be a list of links")]
    [InlineData("title: [a, b]\n", "'title' must be")]
    public void A_value_of_the_wrong_kind_is_an_error(string yaml, string expected)
    {
        var text = yaml.StartsWith("title", StringComparison.Ordinal) ? yaml + "tagline: t\nbase-url: https://e.org/\n" : Minimal + yaml;

        var finding = SingleSite(text, DiagnosticCodes.SiteSettingInvalid);

        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_gives_no_config()
    {
        var result = ReadSite("- title: x\n");

        Assert.Null(result.Config);
        Assert.Equal(DiagnosticCodes.SiteSettingInvalid.Code, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_with_its_position()
    {
        var result = ReadSite("title: [unclosed\n");

        Assert.Null(result.Config);
        Assert.Equal(DiagnosticCodes.YamlSyntaxError.Code, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_missing_file_is_reported_not_thrown()
    {
        using var dir = new TempDirectory();

        var result = SiteConfig.Load(Path.Combine(dir.Path, "site.yml"), KnownProjects, KnownLearnPages);

        Assert.Null(result.Config);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FileUnreadable.Code, "site/site.yml"), (finding.Code, finding.File));
    }
}
