using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Rendering.Content;

/// <summary>
/// Reads site.yml's <c>learning-paths</c>: each a title, a summary, the learn pages in reading order (CAT864 for
/// one that does not exist) and the catalog projects to practise on (CAT863 for one that is not in the catalog).
/// </summary>
internal static class LearningPathReader
{
    private static readonly IReadOnlyList<string> Keys = ["title", "summary", "pages", "projects"];

    private static readonly IReadOnlyDictionary<string, string> Synonyms = ContentKeys.Synonyms(
        ("name", "title"), ("description", "summary"), ("intro", "summary"),
        ("steps", "pages"), ("lessons", "pages"), ("learn", "pages"), ("guides", "pages"),
        ("examples", "projects"), ("practice", "projects"), ("practise", "projects"), ("try", "projects"));

    public static ImmutableArray<LearningPath> Read(YamlEntry? entry, IReadOnlySet<string> projects, IReadOnlySet<string> learnPages, FileFindings findings)
    {
        if (entry is null || ContentValue.IsNull(entry.Value))
        {
            return [];
        }

        if (entry.Value is not YamlSequence list)
        {
            findings.Add(DiagnosticCodes.SiteSettingInvalid, $"'learning-paths' must be a list of paths ('- title: …' with 'summary', 'pages' and 'projects'), not {entry.Value.Kind}", entry.Value.Span);
            return [];
        }

        var paths = new List<LearningPath>();
        var slugs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in list.Items)
        {
            if (node is not YamlMapping item)
            {
                findings.Add(DiagnosticCodes.SiteSettingInvalid, $"each learning path must be a mapping with 'title', 'summary', 'pages' and 'projects', not {node.Kind}", node.Span);
                continue;
            }

            if (ReadPath(item, projects, learnPages, findings) is not { } path)
            {
                continue;
            }

            if (slugs.TryGetValue(path.Slug, out var line))
            {
                findings.Add(DiagnosticCodes.SiteSettingInvalid,
                    $"learning path '{path.Title}' has the same address ('#{path.Slug}') as the one at line {line}; give it another title", item["title"]!.Span);
                continue;
            }

            slugs[path.Slug] = item.Span.Line;
            paths.Add(path);
        }

        return [.. paths];
    }

    private static LearningPath? ReadPath(YamlMapping item, IReadOnlySet<string> projects, IReadOnlySet<string> learnPages, FileFindings findings)
    {
        ContentKeys.Check(item, Keys, Synonyms, "in a learning path", findings);
        var start = ContentValue.StartOf(item);
        var title = ContentValue.Required(item, "title", "its name, such as 'Your first fleet'", findings, "this learning path", start);
        var summary = ContentValue.Required(item, "summary", "one or two sentences on what it teaches", findings, "this learning path", start);
        var name = title is null ? "this learning path" : $"learning path '{title}'";
        if (title is not null && LearningPathSlug(title) is null)
        {
            findings.Add(DiagnosticCodes.SiteSettingInvalid, $"{name} needs a title with letters or digits, from which its address is made", item["title"]!.Span);
            title = null;
        }

        var pageWords = ContentValue.Words(item.Find("pages"), findings, DiagnosticCodes.SiteSettingInvalid, "a learn page slug");
        var projectWords = ContentValue.Words(item.Find("projects"), findings, DiagnosticCodes.SiteSettingInvalid, "a project slug");
        var pages = SlugReferences.Resolve(
            pageWords,
            learnPages, $"the pages of {name}", DiagnosticCodes.LearningPathUnknownPage,
            slug => $"{name} names learn page '{slug}', but there is no site/learn/{slug}.md",
            findings);
        var practice = SlugReferences.Resolve(
            projectWords,
            projects, $"the projects of {name}", DiagnosticCodes.SiteUnknownProject,
            slug => $"{name} names project '{slug}', which is not in the catalog (there is no projects/{slug}.yml)",
            findings);
        if (pageWords.Count == 0)
        {
            findings.Add(DiagnosticCodes.SiteSettingMissing, $"{name} has no 'pages'; list the learn pages to read, in order, such as '[getting-started, choosing-hardware]'", start);
        }

        if (projectWords.Count == 0)
        {
            findings.Add(DiagnosticCodes.SiteSettingMissing, DiagnosticSeverity.Warning,
                $"{name} has no 'projects'; list two to four catalog projects that put it into practice", start);
        }

        return title is null || summary is null || pages.Count == 0 ? null : new LearningPath(title, summary, [.. pages], [.. practice]);
    }

    private static string? LearningPathSlug(string title) => FleetCatalog.Sources.Entries.Slugs.ToKebabCase(title) is { Length: > 0 } slug ? slug : null;
}
