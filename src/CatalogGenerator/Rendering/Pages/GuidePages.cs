using System.Collections.Concurrent;
using FleetCatalog.Projects;
using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Rendering.Model;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Rendering.Pages;

/// <summary>Each project's guide page: its README rendered safely, and its post-provisioning text when that says something else.</summary>
internal static class GuidePages
{
    public static IEnumerable<SitePage> All(SiteData data, GuideRenderer guides, ConcurrentBag<Diagnostic> findings)
    {
        var pages = new SitePage[data.Projects.Length];
        Parallel.For(0, pages.Length, i => pages[i] = Page(data, data.Projects[i], guides, findings));
        return pages;
    }

    private static SitePage Page(SiteData data, ProjectFacts project, GuideRenderer guides, ConcurrentBag<Diagnostic> findings)
    {
        var site = data.Site;
        var entry = project.Snapshot.Entry;
        var context = new GuideContext(RepositoryOf(project), project.Snapshot.Commit ?? "HEAD", entry.GuidePath, project.Repository) { DropTitle = true };
        var readme = ReadGuide(project);
        var guide = guides.Render(readme, context);
        foreach (var finding in guide.Findings)
        {
            findings.Add(finding with { File = $"{entry.File}: {entry.GuidePath}" });
        }

        SafeHtml? postProvisioning = null;
        if (project.Snapshot.Validation?.Manifest?.PostProvisioning?.Text is { } post && !SameText(post, readme))
        {
            // Both texts are on one page and often share headings: the second gets its own anchors.
            var html = guides.Render(post, context with { DropTitle = false }).Html
                .Replace("id=\"guide-", "id=\"after-deploy-", StringComparison.Ordinal)
                .Replace("href=\"#guide-", "href=\"#after-deploy-", StringComparison.Ordinal);
            postProvisioning = new SafeHtml(html);
        }

        var view = ProjectViews.Page(project, site, data.Categories, new SafeHtml(guide.Html), postProvisioning, data.Config.EditLink(string.Empty));
        var meta = PageMeta.For(site, project.Name, project.Description.Length > 0 ? project.Description : $"{project.Name}, a balena project", $"/projects/{project.Slug}/", "projects",
            new LinkView("Home", site.Href("/")), new LinkView("Projects", site.Href("/projects/"))) with
        {
            OgType = "article",
            ImageUrl = view.Logo is null ? null : site.Absolute(view.Logo.Url[site.BasePath.Length..]),
            JsonLd = StructuredData.ForProject(view, site),
            EditUrl = data.Config.EditLinkForProject(project.Slug),
        };
        return new SitePage($"projects/{project.Slug}/index.html", "project", new ProjectPageView(site, meta, view));
    }

    // A local mirror (file://) has no web address to link into; its relative links point at a stand-in.
    private static RepositoryUrl RepositoryOf(ProjectFacts project) =>
        project.Repository ?? RepositoryUrl.Parse($"https://github.com/local/{project.Slug}")!;

    private static string ReadGuide(ProjectFacts project)
    {
        var path = project.Snapshot.FilesDirectory is { } files ? Path.Combine(files, project.Snapshot.Entry.GuidePath) : null;
        return path is not null && File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }

    private static bool SameText(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
