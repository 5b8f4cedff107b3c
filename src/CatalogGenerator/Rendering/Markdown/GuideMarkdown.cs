using System.Net;
using System.Text;
using FleetCatalog.Diagnostics;
using FleetCatalog.Rendering.Sanitizing;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;

namespace FleetCatalog.Rendering.Markdown;

/// <summary>
/// Markdown to (unsanitised) HTML the way GitHub renders a README: tables, task lists, alerts, emoji shortcodes,
/// autolinks, strikethrough, footnotes and raw HTML. Falls back, with a finding, when the input would be too costly:
/// raw HTML shown as text when its shape is pathological (<see cref="HtmlShape"/>), plain paragraphs when the
/// Markdown nests beyond Markdig's limit. The pipelines are built once and shared between threads.
/// </summary>
internal sealed class GuideMarkdown
{
    /// <summary>More bare URLs than this and autolinking is left out: Markdig's autolinker slows down badly on tens of thousands.</summary>
    public const int MaxAutoLinks = 5_000;

    private readonly MarkdownPipeline withHtml = Create(allowHtml: true, autoLinks: true);
    private readonly MarkdownPipeline withHtmlNoAutoLinks = Create(allowHtml: true, autoLinks: false);
    private readonly MarkdownPipeline withoutHtml = Create(allowHtml: false, autoLinks: false);

    public string ToHtml(string markdown, string file, ICollection<Diagnostic> findings)
    {
        string html;
        try
        {
            html = Markdig.Markdown.ToHtml(markdown, CountUrls(markdown) > MaxAutoLinks ? withHtmlNoAutoLinks : withHtml);
        }
        catch (ArgumentException)
        {
            // Markdig refuses nesting deeper than MaximumNestingDepth (128) rather than overflow the stack.
            findings.Add(DiagnosticCodes.GuideMarkdownNestedTooDeeply.Create(
                $"the guide nests lists, quotes or emphasis more than {withHtml.MaximumNestingDepth} levels deep, so the site shows it as plain text: " +
                "flatten the deepest lists and quotes, and close every * and _ you open",
                file, SourceSpan.None));
            return PlainText(markdown);
        }

        if (HtmlShape.Problem(html) is not { } problem)
        {
            return KeepWithinElementBudget(html, file, findings);
        }

        findings.Add(DiagnosticCodes.GuideHtmlNestedTooDeeply.Create(
            $"the guide cannot be shown as written because {problem}, so the site shows its HTML tags as text: close every HTML tag you open",
            file, SourceSpan.None));
        var escaped = Markdig.Markdown.ToHtml(markdown, withoutHtml);
        return HtmlShape.Problem(escaped) is null ? KeepWithinElementBudget(escaped, file, findings) : PlainText(markdown);
    }

    private static string KeepWithinElementBudget(string html, string file, ICollection<Diagnostic> findings)
    {
        if (HtmlShape.ElementBudgetCut(html) is not { } cut)
        {
            return html;
        }

        findings.Add(DiagnosticCodes.GuideTooLong.Create(
            $"the guide has more than {HtmlShape.MaxElements:N0} headings, paragraphs, table cells and other elements, so the site shows only its first part; "
                + "split the rest into separate files and link them from the README",
            file, SourceSpan.None));
        return html[..cut] + "<p><em>The rest of this guide is in the repository.</em></p>\n";
    }

    private static int CountUrls(string markdown)
    {
        var count = 0;
        foreach (var marker in (ReadOnlySpan<string>)["://", "www."])
        {
            for (var i = markdown.IndexOf(marker, StringComparison.Ordinal); i >= 0 && count <= MaxAutoLinks; i = markdown.IndexOf(marker, i + marker.Length, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    private static MarkdownPipeline Create(bool allowHtml, bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseTaskLists()
            .UseAlertBlocks()
            .UseEmojiAndSmiley(enableSmileys: false)
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseFootnotes();
        if (autoLinks)
        {
            builder.UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true });
        }

        builder.Extensions.Add(new GuideRenderersExtension());
        if (!allowHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }

    private static string PlainText(string markdown)
    {
        var html = new StringBuilder();
        foreach (var paragraph in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            if (paragraph.Trim().Length > 0)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph.Trim('\n'))).Append("</p>\n");
            }
        }

        return html.ToString();
    }
}
