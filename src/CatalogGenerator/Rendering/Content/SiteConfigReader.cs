using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Rendering.Content;

/// <summary>Reads site.yml into a <see cref="SiteConfig"/>: each setting is checked where it stands, with its position.</summary>
internal static class SiteConfigReader
{
    public const string Needs = "site.yml needs at least 'title:', 'tagline:' and 'base-url:'";

    public static readonly IReadOnlyList<string> Keys =
        ["title", "tagline", "base-url", "navigation", "edit-link-base", "featured", "learning-paths"];

    private static readonly IReadOnlyList<string> NavigationKeys = ["label", "url"];

    private static readonly IReadOnlyDictionary<string, string> Synonyms = ContentKeys.Synonyms(
        ("name", "title"), ("site-name", "title"), ("description", "tagline"), ("subtitle", "tagline"), ("slogan", "tagline"),
        ("url", "base-url"), ("baseurl", "base-url"), ("base_url", "base-url"), ("site-url", "base-url"), ("root", "base-url"),
        ("nav", "navigation"), ("menu", "navigation"), ("links", "navigation"),
        ("edit-link", "edit-link-base"), ("edit-url", "edit-link-base"), ("edit-base", "edit-link-base"), ("edit_link_base", "edit-link-base"),
        ("featured-projects", "featured"), ("highlights", "featured"), ("featured_projects", "featured"),
        ("paths", "learning-paths"), ("learning", "learning-paths"), ("courses", "learning-paths"), ("learning_paths", "learning-paths"));

    private static readonly IReadOnlyDictionary<string, string> NavigationSynonyms = ContentKeys.Synonyms(
        ("title", "label"), ("name", "label"), ("text", "label"), ("href", "url"), ("link", "url"), ("path", "url"));

    public static SiteConfigResult Read(string text, string file, IEnumerable<string> projectSlugs, IEnumerable<string> learnPageSlugs)
    {
        var findings = new FileFindings(file);
        if (Root(text, findings) is not { } root)
        {
            return new SiteConfigResult(null, findings.ToImmutable());
        }

        ContentKeys.Check(root, Keys, Synonyms, "in site.yml", findings);
        var title = ContentValue.Required(root, "title", "the site's name, such as 'Fleet Catalog'", findings, "site.yml", SourceSpan.None);
        var tagline = ContentValue.Required(root, "tagline", "one line saying what the catalog is", findings, "site.yml", SourceSpan.None);
        var baseUrl = BaseUrl(root, findings);
        var projects = projectSlugs.ToHashSet(StringComparer.Ordinal);
        var featured = SlugReferences.Resolve(
            ContentValue.Words(root.Find("featured"), findings, DiagnosticCodes.SiteSettingInvalid, "a project slug"),
            projects, "featured", DiagnosticCodes.SiteUnknownProject,
            slug => $"featured project '{slug}' is not in the catalog (there is no projects/{slug}.yml), so the home page cannot show it",
            findings);
        var paths = LearningPathReader.Read(root.Find("learning-paths"), projects, learnPageSlugs.ToHashSet(StringComparer.Ordinal), findings);
        var config = title is null || tagline is null || baseUrl is null
            ? null
            : new SiteConfig(title, tagline, baseUrl, Navigation(root, findings), EditLinkBase(root, findings), [.. featured], paths, file);
        return new SiteConfigResult(config, findings.ToImmutable());
    }

    private static YamlMapping? Root(string text, FileFindings findings)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            findings.Add(DiagnosticCodes.EmptyFile, $"'{findings.File}' is empty; {Needs}", SourceSpan.None);
            return null;
        }

        var (root, problems) = YamlDocumentReader.Read(text, findings.File);
        findings.AddRange(problems);
        switch (root)
        {
            case YamlMapping mapping:
                return mapping;
            case null when problems.IsEmpty:
                findings.Add(DiagnosticCodes.EmptyFile, $"'{findings.File}' holds only comments; {Needs}", SourceSpan.None);
                return null;
            case null:
                return null;
            default:
                findings.Add(DiagnosticCodes.SiteSettingInvalid, $"site.yml must be a mapping of settings such as 'title:', but it is {root.Kind}", root.Span);
                return null;
        }
    }

    private static string? BaseUrl(YamlMapping root, FileFindings findings)
    {
        var text = ContentValue.Required(root, "base-url", $"the address the site is published at, such as '{ContentUrls.BaseUrlExample}' (catalog build --base-url replaces it)", findings, "site.yml", SourceSpan.None);
        if (text is null)
        {
            return null;
        }

        var (url, problem) = ContentUrls.NormalizeBaseUrl(text);
        if (problem is not null)
        {
            findings.Add(DiagnosticCodes.SiteSettingInvalid, $"base-url '{text}' {problem}", root["base-url"]!.Span);
        }

        return url;
    }

    private static string? EditLinkBase(YamlMapping root, FileFindings findings)
    {
        var text = ContentValue.Text(root.Find("edit-link-base"), findings, DiagnosticCodes.SiteSettingInvalid, "an https address");
        if (text is null)
        {
            return null;
        }

        var (url, problem) = ContentUrls.NormalizeEditLinkBase(text);
        if (problem is not null)
        {
            findings.Add(DiagnosticCodes.SiteSettingInvalid,
                $"edit-link-base '{text}' {problem}; it is the repository's 'edit file' address, such as 'https://github.com/OWNER/REPO/edit/main/'",
                root["edit-link-base"]!.Span);
        }

        return url;
    }

    private static ImmutableArray<NavigationItem> Navigation(YamlMapping root, FileFindings findings)
    {
        var entry = root.Find("navigation");
        if (entry is null || ContentValue.IsNull(entry.Value))
        {
            return [];
        }

        if (entry.Value is not YamlSequence list)
        {
            findings.Add(DiagnosticCodes.SiteSettingInvalid, $"'navigation' must be a list of links ('- label: Projects' with 'url: /projects/'), not {entry.Value.Kind}", entry.Value.Span);
            return [];
        }

        var items = new List<NavigationItem>();
        foreach (var node in list.Items)
        {
            if (node is not YamlMapping item)
            {
                findings.Add(DiagnosticCodes.SiteSettingInvalid, $"each navigation link must be a mapping with 'label' and 'url', not {node.Kind}", node.Span);
                continue;
            }

            ContentKeys.Check(item, NavigationKeys, NavigationSynonyms, "in a navigation link", findings);
            var label = ContentValue.Required(item, "label", "the text of the link, such as 'Projects'", findings, "this navigation link", ContentValue.StartOf(item));
            var url = ContentValue.Required(item, "url", "where it goes, such as '/projects/'", findings, "this navigation link", ContentValue.StartOf(item));
            if (url is not null && ContentUrls.NavigationProblem(url) is { } problem)
            {
                findings.Add(DiagnosticCodes.SiteSettingInvalid, $"navigation link '{url}' {problem}", item["url"]!.Span);
                continue;
            }

            if (label is not null && url is not null)
            {
                items.Add(new NavigationItem(label, url));
            }
        }

        return [.. items];
    }
}
