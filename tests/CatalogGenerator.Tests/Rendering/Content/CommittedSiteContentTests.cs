using System.Text.RegularExpressions;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Content;
using FleetCatalog.Tests.Testing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FleetCatalog.Tests.Rendering.Content;

/// <summary>The committed site/ content: it loads cleanly against the committed projects, and every link in it goes somewhere.</summary>
public sealed partial class CommittedSiteContentTests
{
    private static readonly string[] TopLevelPages = ["/", "/projects/", "/devices/", "/learn/", "/status/", "/deploy-button/"];

    private static readonly string[] RequiredPages = ["getting-started", "choosing-hardware", "variables-and-defaults", "apps-and-blocks", "contributing"];

    private static string SiteDirectory => Path.Combine(TestPaths.RepositoryRoot, "site");

    private static IReadOnlyList<string> ProjectSlugs { get; } = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "projects"), "*.yml")
        .Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();

    private static SiteContent Content { get; } = SiteContent.Load(SiteDirectory, ProjectSlugs);

    // Precise locations give each link its own line, to name where a broken one is written.
    private static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    [Fact]
    public void The_committed_site_content_loads_with_no_error_or_warning()
    {
        var problems = Content.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => $"{d.File}:{d.Span.Line}:{d.Span.Column}: {d.Code} {d.Message}").ToList();

        Assert.True(problems.Count == 0, "fix the site's content:\n" + string.Join('\n', problems));
        Assert.NotNull(Content.Config);
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(SiteDirectory, "learn")).Count(), Content.LearnPages.Length);
    }

    [Fact]
    public void The_committed_settings_hold_what_the_home_page_needs()
    {
        var config = Content.Config!;

        Assert.Equal("Fleet Catalog", config.Title);
        Assert.Equal(["Projects", "Boards", "Learn", "Deploy button", "Status"], config.Navigation.Select(n => n.Label));
        Assert.Equal(6, config.Featured.Length);
        Assert.NotNull(config.EditLinkForProject("syncthing"));
        Assert.All(config.Navigation, n => Assert.Contains(n.Url, TopLevelPages));
        Assert.NotEmpty(config.LearningPaths);
        Assert.All(config.LearningPaths, p => Assert.InRange(p.Projects.Length, 2, 4));
    }

    [Fact]
    public void Every_required_learn_page_is_written_with_a_distinct_order()
    {
        Assert.All(RequiredPages, slug => Assert.Contains(slug, Content.LearnPages.Select(p => p.Slug)));
        Assert.Equal(Content.LearnPages.Length, Content.LearnPages.Select(p => p.Order).Distinct().Count());
    }

    [Fact]
    public void Every_learn_page_is_between_400_and_900_words()
    {
        Assert.All(Content.LearnPages, page =>
        {
            var words = Words().Count(Markdig.Markdown.ToPlainText(page.MarkdownBody));
            Assert.True(words is >= 400 and <= 900, $"{page.SourcePath} has {words} words; keep it between 400 and 900");
        });
    }

    [Fact]
    public void Every_link_in_the_learn_pages_goes_to_a_page_that_exists()
    {
        var learn = Content.LearnPages.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var projects = ProjectSlugs.ToHashSet(StringComparer.Ordinal);
        var boards = DeviceRegistry.Default.All.Select(d => d.Slug).ToHashSet(StringComparer.Ordinal);

        var broken = Content.LearnPages
            .SelectMany(page => Markdig.Markdown.Parse(page.MarkdownBody, Pipeline).Descendants<LinkInline>()
                .Where(link => !IsExternal(link.Url) && !Resolves(link.Url ?? string.Empty, learn, projects, boards))
                .Select(link => $"{page.SourcePath}:{page.BodyLine + link.Line}: '{link.Url}'"))
            .ToList();

        Assert.True(broken.Count == 0, "these links go nowhere (write '/projects/<slug>/', '/learn/<slug>/' or '/devices/<slug>/' with a slug that exists):\n" + string.Join('\n', broken));
    }

    [Fact]
    public void The_learn_pages_link_to_each_other_and_to_catalog_projects()
    {
        Assert.All(Content.LearnPages, page =>
        {
            var urls = Markdig.Markdown.Parse(page.MarkdownBody, Pipeline).Descendants<LinkInline>().Select(l => l.Url ?? string.Empty).ToList();
            Assert.Contains(urls, u => u.StartsWith("/learn/", StringComparison.Ordinal) && u != "/learn/");
            Assert.Contains(urls, u => u.StartsWith("/projects/", StringComparison.Ordinal) && u != "/projects/");
        });
    }

    private static bool IsExternal(string? url) => url is not null && url.StartsWith("https://", StringComparison.Ordinal);

    private static bool Resolves(string url, HashSet<string> learn, HashSet<string> projects, HashSet<string> boards)
    {
        if (TopLevelPages.Contains(url))
        {
            return true;
        }

        var match = SitePage().Match(url);
        return match.Success && match.Groups["section"].Value switch
        {
            "learn" => learn.Contains(match.Groups["slug"].Value),
            "projects" => projects.Contains(match.Groups["slug"].Value),
            "devices" => boards.Contains(match.Groups["slug"].Value),
            _ => false,
        };
    }

    [GeneratedRegex("^/(?<section>learn|projects|devices)/(?<slug>[a-z0-9-]+)/(#[a-z0-9-]+)?$")]
    private static partial Regex SitePage();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
