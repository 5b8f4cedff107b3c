using System.Collections.Immutable;
using FleetCatalog.Projects;
using FleetCatalog.Rendering.Markdown;
using FleetCatalog.Rendering.Model;

namespace FleetCatalog.Rendering.Pages;

/// <summary>
/// Each project's guide page: its README rendered safely, and its post-provisioning text when that says something else.
/// The Markdown is rendered only when the page is (<see cref="SitePage.Produce"/>): the page's stand-in view names
/// the guide by the hash of its text and context, so an unchanged guide costs a file read and a hash, and pages stream
/// through the build one at a time instead of every guide being held at once.
/// </summary>
internal static class GuidePages
{
    public static IEnumerable<SitePage> All(SiteData data, GuideRenderer guides)
    {
        var pages = new SitePage[data.Projects.Length];
        Parallel.For(0, pages.Length, i => pages[i] = Page(data, data.Projects[i], guides));
        return pages;
    }

    private static SitePage Page(SiteData data, ProjectFacts project, GuideRenderer guides)
    {
        var site = data.Site;
        var entry = project.Snapshot.Entry;
        var context = new GuideContext(RepositoryOf(project), project.Snapshot.Commit ?? "HEAD", entry.GuidePath, project.Repository) { DropTitle = true };
        var readme = ReadGuide(project);
        var post = project.Snapshot.Validation?.Manifest?.PostProvisioning?.Text is { } text && !SameText(text, readme) ? text : null;
        var stand = View(data, project, new SafeHtml(InputHash(readme, context)), post is null ? null : new SafeHtml(InputHash(post, context)));
        return new SitePage(stand.Path, stand.Layout, stand.View, () =>
        {
            // Read again rather than held: thousands of pages wait for their turn (snapshot files never change).
            var guide = guides.Render(ReadGuide(project), context);
            SafeHtml? postProvisioning = null;
            if (post is not null)
            {
                // Both texts are on one page and often share headings: the second gets its own anchors.
                var html = guides.Render(post, context with { DropTitle = false }).Html
                    .Replace("id=\"guide-", "id=\"after-deploy-", StringComparison.Ordinal)
                    .Replace("href=\"#guide-", "href=\"#after-deploy-", StringComparison.Ordinal);
                postProvisioning = new SafeHtml(html);
            }

            var findings = guide.Findings.Select(f => f with { File = $"{entry.File}: {entry.GuidePath}" }).ToImmutableArray();
            return (View(data, project, new SafeHtml(guide.Html), postProvisioning).View, findings);
        });
    }

    // What a guide's HTML is made from (text, context, tool), named as the guide cache names it.
    private static string InputHash(string markdown, GuideContext context) => "guide:" + GuideCache.Key(markdown, context);

    private static SitePage View(SiteData data, ProjectFacts project, SafeHtml guideHtml, SafeHtml? postProvisioning)
    {
        var site = data.Site;
        var view = ProjectViews.Page(project, site, data.Categories, guideHtml, postProvisioning, data.Config.EditLink(string.Empty));
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

    // The same words in the same order, however they are spaced and broken into lines. Compared in place: splitting
    // both texts into words was a string for every word of every README on each build.
    internal static bool SameText(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        while (true)
        {
            a = a.TrimStart();
            b = b.TrimStart();
            if (a.IsEmpty || b.IsEmpty)
            {
                return a.IsEmpty && b.IsEmpty;
            }

            var (wordA, wordB) = (WordLength(a), WordLength(b));
            if (!a[..wordA].SequenceEqual(b[..wordB]))
            {
                return false;
            }

            a = a[wordA..];
            b = b[wordB..];
        }
    }

    private static int WordLength(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
