using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Rendering.Content;

/// <summary>
/// The site's own settings from <c>site/site.yml</c>: what it is called, where it is published, its menu,
/// where entries are edited, and what the home page features. Read with <see cref="Load"/>.
/// </summary>
/// <param name="Tagline">What the catalog is, in one line, for the home page and the page descriptions.</param>
/// <param name="BaseUrl">Absolute, with a trailing slash. <c>catalog build --base-url</c> replaces it: normalise the
/// option with <see cref="ContentUrls.NormalizeBaseUrl"/>, then <c>config with { BaseUrl = url }</c>.</param>
/// <param name="EditLinkBase">The "edit file" address of the repository root (with a trailing slash), or null for no edit links.</param>
/// <param name="Featured">Catalog project slugs for the home page, in order; all exist.</param>
/// <param name="File">Where the settings came from, as diagnostics name it.</param>
internal sealed record SiteConfig(
    string Title,
    string Tagline,
    string BaseUrl,
    ImmutableArray<NavigationItem> Navigation,
    string? EditLinkBase,
    ImmutableArray<string> Featured,
    ImmutableArray<LearningPath> LearningPaths,
    string File)
{
    public const string DefaultFile = "site/site.yml";

    /// <summary>
    /// Reads <paramref name="path"/>. Featured and learning-path projects are checked against
    /// <paramref name="projectSlugs"/> (the <c>projects/*.yml</c> names), learning-path pages against
    /// <paramref name="learnPageSlugs"/> (the <c>site/learn/*.md</c> names). The config is null only when the
    /// file is unusable or has no usable title, tagline or base URL; other problems are reported and the
    /// offending item left out, so a preview can still be built. Do not publish a site whose result has errors.
    /// </summary>
    /// <param name="file">How diagnostics name the file.</param>
    public static SiteConfigResult Load(string path, IEnumerable<string> projectSlugs, IEnumerable<string> learnPageSlugs, string file = DefaultFile)
    {
        var findings = new FileFindings(file);
        var text = ContentFile.Read(path, findings, SiteConfigReader.Needs);
        return text is null
            ? new SiteConfigResult(null, findings.ToImmutable())
            : SiteConfigReader.Read(text, file, projectSlugs, learnPageSlugs);
    }

    /// <summary>As <see cref="Load"/>, from text already read.</summary>
    public static SiteConfigResult Read(string text, IEnumerable<string> projectSlugs, IEnumerable<string> learnPageSlugs, string file = DefaultFile) =>
        SiteConfigReader.Read(text, file, projectSlugs, learnPageSlugs);

    /// <summary>The address that opens <paramref name="repositoryPath"/> (such as <c>site/learn/getting-started.md</c>) in the host's editor.</summary>
    public string? EditLink(string repositoryPath) => EditLinkBase is null ? null : EditLinkBase + repositoryPath.TrimStart('/');

    /// <summary>The address that opens a project's catalog entry, <c>projects/&lt;slug&gt;.yml</c>, in the host's editor.</summary>
    public string? EditLinkForProject(string slug) => EditLink($"projects/{slug}.yml");
}
