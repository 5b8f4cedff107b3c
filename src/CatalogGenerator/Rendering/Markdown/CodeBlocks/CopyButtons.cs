using AngleSharp.Dom;

namespace FleetCatalog.Rendering.Markdown.CodeBlocks;

/// <summary>
/// A copy button beside every code block, hidden until the theme's script reveals it: without JavaScript there is
/// nothing to press that does nothing. The code scrolls sideways, so it takes keyboard focus too.
/// </summary>
internal static class CopyButtons
{
    public static void Add(IElement root)
    {
        foreach (var pre in root.QuerySelectorAll("div.guide-code > pre").ToList())
        {
            pre.SetAttribute("tabindex", "0");
            var button = pre.Owner!.CreateElement("button");
            button.SetAttribute("type", "button");
            button.SetAttribute("class", "copy");
            button.SetAttribute("hidden", string.Empty);
            button.TextContent = "Copy";
            pre.After(button);
        }
    }
}
