using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Markdown.Alerts;
using FleetCatalog.Rendering.Markdown.CodeBlocks;
using FleetCatalog.Rendering.Markdown.DeployButtons;
using FleetCatalog.Rendering.Markdown.Headings;
using FleetCatalog.Rendering.Markdown.Links;
using FleetCatalog.Rendering.Markdown.Tables;
using FleetCatalog.Rendering.Markdown.TaskLists;
using FleetCatalog.Rendering.Sanitizing;

namespace FleetCatalog.Rendering.Markdown;

/// <summary>
/// Turns a project's README (or any guide in Markdown) into safe HTML for its page on the site: rendered as GitHub
/// renders it, sanitised (<see cref="GuideSanitizer"/>), its links pointed at the repository at the pinned commit,
/// its ids prefixed, its deploy buttons checked. Build one and share it: <see cref="Render"/> is thread-safe, and
/// never throws on what a guide contains; problems come back as <see cref="RenderedGuide.Findings"/>. With a
/// <see cref="GuideCache"/>, a guide rendered before from the same text and context is taken from it.
/// </summary>
internal sealed class GuideRenderer(GuideCache? cache = null)
{
    private readonly GuideMarkdown markdown = new();
    private readonly GuideSanitizer sanitizer = new();

    public RenderedGuide Render(string markdown, GuideContext context)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(context);
        if (cache is null)
        {
            return RenderAnew(markdown, context);
        }

        var key = GuideCache.Key(markdown, context);
        if (cache.Get(key) is { } kept)
        {
            return kept;
        }

        var rendered = RenderAnew(markdown, context);
        cache.Put(key, rendered);
        return rendered;
    }

    // bench/--guides (GuideSplitRun) times these steps one by one, in this order: a step added here belongs there too.
    private RenderedGuide RenderAnew(string markdown, GuideContext context)
    {
        var findings = new List<Diagnostic>();
        var text = GuideInput.Prepare(markdown, context.GuidePath, findings);
        var html = this.markdown.ToHtml(text, context.GuidePath, findings);

        using var document = sanitizer.Sanitize(html);
        var body = document.Body!;
        TaskListCheckboxes.Apply(body);
        var ids = new GuideIds();
        var (headings, title) = GuideHeadings.Apply(body, context, ids);
        ids.PrefixOthers(body);
        var links = new GuideLinks(context, ids);
        links.Apply(body);
        if (MissingAnchors(links.MissingAnchors, context.GuidePath, findings) is { } missing)
        {
            findings.Add(missing);
        }
        DeployButtonFlags.Apply(body, context);
        LinkNames.Apply(body);
        AlertRoles.Apply(body);
        CopyButtons.Add(body);
        ScrollableTables.Wrap(body);

        findings.AddRange(DeployButtonFindings.Find(text, context));
        return new RenderedGuide(body.InnerHtml, headings, title, [.. findings]);
    }

    // One finding for all of them; none when the guide was cut short, since the targets are then likely in the part left out.
    private static Diagnostic? MissingAnchors(List<string> fragments, string file, List<Diagnostic> findings)
    {
        var distinct = fragments.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0 || findings.Any(d => d.Code == DiagnosticCodes.GuideTooLong.Code))
        {
            return null;
        }

        var named = string.Join(", ", distinct.Take(5).Select(f => $"'#{f}'"));
        var more = distinct.Count > 5 ? $" and {distinct.Count - 5} more" : string.Empty;
        return DiagnosticCodes.GuideAnchorMissing.Create(
            $"The guide links to {named}{more}, but has no heading or element with that name; those links are shown as plain text.", file, SourceSpan.None);
    }
}
