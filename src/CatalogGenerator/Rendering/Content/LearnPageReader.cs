using System.Globalization;
using FleetCatalog.Diagnostics;
using FleetCatalog.Sources.Entries;
using FleetCatalog.Yaml;

namespace FleetCatalog.Rendering.Content;

/// <summary>
/// Reads one learn page: a <c>---</c> front matter block with <c>title</c>, <c>summary</c>, <c>order</c> and
/// <c>difficulty</c>, then the Markdown body. Every problem is placed on the file's own lines.
/// </summary>
internal static class LearnPageReader
{
    public const string Extension = ".md";

    public const string Needs = "a learn page starts with a '---' line, then 'title:', 'summary:', 'order:' and 'difficulty:', then another '---' line and the text";

    public static readonly IReadOnlyList<string> Keys = ["title", "summary", "order", "difficulty"];

    private static readonly IReadOnlyDictionary<string, string> Synonyms = ContentKeys.Synonyms(
        ("name", "title"), ("heading", "title"), ("description", "summary"), ("excerpt", "summary"), ("intro", "summary"),
        ("weight", "order"), ("position", "order"), ("index", "order"), ("sort", "order"), ("nav_order", "order"),
        ("level", "difficulty"), ("skill", "difficulty"));

    private static readonly Dictionary<string, Difficulty> Difficulties = new(StringComparer.Ordinal)
    {
        ["beginner"] = Difficulty.Beginner,
        ["intermediate"] = Difficulty.Intermediate,
        ["advanced"] = Difficulty.Advanced,
    };

    private static readonly IReadOnlyDictionary<string, string> DifficultySynonyms = ContentKeys.Synonyms(
        ("easy", "beginner"), ("simple", "beginner"), ("novice", "beginner"), ("basic", "beginner"), ("starter", "beginner"),
        ("medium", "intermediate"), ("moderate", "intermediate"),
        ("hard", "advanced"), ("difficult", "advanced"), ("expert", "advanced"));

    /// <summary>Reads a page's text; <paramref name="file"/> (<c>site/learn/&lt;slug&gt;.md</c>) gives its slug and names it in diagnostics.</summary>
    public static LearnPageResult Read(string text, string file) => ReadPage(text, file).Result;

    /// <summary>As <see cref="Read"/>, with where <c>order</c>'s value is written, for the check across pages.</summary>
    internal static (LearnPageResult Result, SourceSpan OrderSpan) ReadPage(string text, string file)
    {
        var findings = new FileFindings(file);
        var slug = Slug(file, findings);
        var front = LearnFrontMatter.Split(text, out var opened);
        if (front is null)
        {
            if (opened)
            {
                findings.Add(DiagnosticCodes.LearnFrontMatterInvalid,
                    "the front matter opened by '---' on line 1 is never closed, so the whole page would be read as settings; add a '---' line after 'difficulty: …'", new SourceSpan(1, 1, 1, 4));
            }
            else
            {
                findings.Add(DiagnosticCodes.LearnFrontMatterMissing, $"'{file}' has no front matter, so it has no title, place or level; {Needs}", SourceSpan.At(1, 1));
            }

            return (new LearnPageResult(null, findings.ToImmutable()), SourceSpan.None);
        }

        var (root, problems) = YamlDocumentReader.Read(front.Yaml, file);
        findings.AddRange(problems);
        if (root is not YamlMapping mapping)
        {
            if (problems.IsEmpty)
            {
                findings.Add(DiagnosticCodes.LearnFrontMatterInvalid,
                    root is null ? $"the front matter is empty; {Needs}" : $"the front matter must be 'key: value' lines such as 'title: …', not {root.Kind}",
                    root?.Span ?? new SourceSpan(1, 1, 1, 4));
            }

            return (new LearnPageResult(null, findings.ToImmutable()), SourceSpan.None);
        }

        ContentKeys.Check(mapping, Keys, Synonyms, "in the front matter", findings);
        var title = RequiredText(mapping, "title", "the page's heading", findings);
        var summary = RequiredText(mapping, "summary", "one or two sentences on what the page teaches", findings);
        var order = Order(mapping, findings);
        var difficulty = ReadDifficulty(mapping, findings);
        if (string.IsNullOrWhiteSpace(front.Body))
        {
            findings.Add(DiagnosticCodes.LearnPageEmpty, "the page has front matter but no text after it; write the page below the closing '---'",
                new SourceSpan(front.ClosingLine, 1, front.ClosingLine, 4));
        }

        var page = findings.HasErrors || slug is null || title is null || summary is null || order is null || difficulty is null
            ? null
            : new LearnPage(slug, title, summary, order.Value, difficulty.Value, front.Body, file, front.ClosingLine + 1);
        return (new LearnPageResult(page, findings.ToImmutable()), mapping["order"]?.Span ?? SourceSpan.None);
    }

    private static string? Slug(string file, FileFindings findings)
    {
        var name = Path.GetFileName(file);
        var stem = Path.GetFileNameWithoutExtension(name);
        var kebab = Slugs.ToKebabCase(stem);
        var rename = kebab.Length > 0 ? $"; rename it '{kebab}{Extension}'" : string.Empty;
        if (!name.EndsWith(Extension, StringComparison.Ordinal))
        {
            findings.Add(DiagnosticCodes.LearnSlugInvalid, $"learn page '{name}' must be a '{Extension}' file to be published{rename}", SourceSpan.None);
            return null;
        }

        if (!Slugs.IsKebabCase(stem))
        {
            findings.Add(DiagnosticCodes.LearnSlugInvalid,
                $"learn page name '{stem}' must be lower-case letters, digits and single hyphens, as it becomes the page's address /learn/{stem}/{rename}", SourceSpan.None);
            return null;
        }

        return stem;
    }

    private static string? RequiredText(YamlMapping mapping, string key, string what, FileFindings findings)
    {
        var entry = mapping.Find(key);
        var text = ContentValue.Text(entry, findings, DiagnosticCodes.LearnFrontMatterInvalid, "text");
        if (text is null && entry?.Value is null or YamlScalar)
        {
            findings.Add(DiagnosticCodes.LearnFrontMatterInvalid, $"the front matter has no '{key}'; add '{key}: …', {what}", entry?.Key.Span ?? new SourceSpan(1, 1, 1, 4));
        }

        return text;
    }

    private static int? Order(YamlMapping mapping, FileFindings findings)
    {
        var entry = mapping.Find("order");
        var text = ContentValue.Text(entry, findings, DiagnosticCodes.LearnFrontMatterInvalid, "a whole number");
        if (text is null)
        {
            if (entry?.Value is null or YamlScalar)
            {
                findings.Add(DiagnosticCodes.LearnFrontMatterInvalid,
                    "the front matter has no 'order'; add 'order: N', the page's place in the learn menu from 1", entry?.Key.Span ?? new SourceSpan(1, 1, 1, 4));
            }

            return null;
        }

        if (entry!.Value is YamlScalar scalar && scalar.Resolve() is { Kind: ScalarKind.Integer, Text: { } number }
            && int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var order) && order >= 1)
        {
            return order;
        }

        findings.Add(DiagnosticCodes.LearnFrontMatterInvalid, $"order '{text}' must be a whole number from 1, the page's place in the learn menu", entry.Value.Span);
        return null;
    }

    private static Difficulty? ReadDifficulty(YamlMapping mapping, FileFindings findings)
    {
        var entry = mapping.Find("difficulty");
        var text = ContentValue.Text(entry, findings, DiagnosticCodes.LearnFrontMatterInvalid, "beginner, intermediate or advanced");
        if (text is null)
        {
            if (entry?.Value is null or YamlScalar)
            {
                findings.Add(DiagnosticCodes.LearnFrontMatterInvalid,
                    "the front matter has no 'difficulty'; add 'difficulty: beginner', 'intermediate' or 'advanced', so readers know what the page expects of them",
                    entry?.Key.Span ?? new SourceSpan(1, 1, 1, 4));
            }

            return null;
        }

        if (Difficulties.TryGetValue(text, out var difficulty))
        {
            return difficulty;
        }

        var meant = Difficulties.Keys.FirstOrDefault(w => string.Equals(w, text, StringComparison.OrdinalIgnoreCase))
            ?? DifficultySynonyms.GetValueOrDefault(text)
            ?? (DidYouMean.Closest(text, Difficulties.Keys) is [var near, ..] ? near : null);
        var hint = meant is null ? string.Empty : $"; did you mean '{meant}'?";
        findings.Add(DiagnosticCodes.LearnUnknownDifficulty, $"difficulty '{text}' is not one of 'beginner', 'intermediate' or 'advanced'{hint}", entry!.Value.Span);
        return null;
    }
}
