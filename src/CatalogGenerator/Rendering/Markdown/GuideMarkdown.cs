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
    private readonly MarkdownPipeline withHtml = Create(allowHtml: true);
    private readonly MarkdownPipeline withoutHtml = Create(allowHtml: false);

    public string ToHtml(string markdown, string file, ICollection<Diagnostic> findings)
    {
        string html;
        try
        {
            html = Markdig.Markdown.ToHtml(markdown, withHtml);
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
            return html;
        }

        findings.Add(DiagnosticCodes.GuideHtmlNestedTooDeeply.Create(
            $"the guide cannot be shown as written because {problem}, so the site shows its HTML tags as text: close every HTML tag you open",
            file, SourceSpan.None));
        var escaped = Markdig.Markdown.ToHtml(markdown, withoutHtml);
        return HtmlShape.Problem(escaped) is null ? escaped : PlainText(markdown);
    }

    private static MarkdownPipeline Create(bool allowHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseTaskLists()
            .UseAlertBlocks()
            .UseEmojiAndSmiley(enableSmileys: false)
            .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseFootnotes();
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
