using FleetCatalog.Rendering.Markdown.Alerts;
using FleetCatalog.Rendering.Markdown.CodeBlocks;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace FleetCatalog.Rendering.Markdown;

/// <summary>Puts the guide's own renderers for code blocks and alerts in place of Markdig's (added last, so it runs after the alert extension).</summary>
internal sealed class GuideRenderersExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new CopyableCodeBlockRenderer());
            html.ObjectRenderers.ReplaceOrAdd<AlertBlockRenderer>(new AccessibleAlertRenderer());
        }
    }
}
