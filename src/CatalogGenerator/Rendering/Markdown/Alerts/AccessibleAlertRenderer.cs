using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace FleetCatalog.Rendering.Markdown.Alerts;

/// <summary>
/// GitHub's alerts (<c>&gt; [!NOTE]</c>, TIP, IMPORTANT, WARNING, CAUTION) as
/// <c>&lt;aside class="guide-alert guide-alert-note"&gt;</c> with a visible title; <see cref="AlertRoles"/> makes it a
/// note for assistive technology. The icon is the theme's, so no SVG has to pass the sanitiser.
/// </summary>
internal sealed class AccessibleAlertRenderer : HtmlObjectRenderer<AlertBlock>
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["note"] = "Note", ["tip"] = "Tip", ["important"] = "Important", ["warning"] = "Warning", ["caution"] = "Caution",
    };

    protected override void Write(HtmlRenderer renderer, AlertBlock obj)
    {
        var kind = obj.Kind.ToString().ToLowerInvariant();
        if (!Titles.TryGetValue(kind, out var title))
        {
            (kind, title) = ("note", "Note");
        }

        renderer.EnsureLine();
        renderer.Write("<aside class=\"guide-alert guide-alert-").Write(kind).Write("\">").WriteLine();
        renderer.Write("<p class=\"guide-alert-title\">").Write(title).Write("</p>").WriteLine();
        renderer.WriteChildren(obj);
        renderer.Write("</aside>").WriteLine();
    }
}
