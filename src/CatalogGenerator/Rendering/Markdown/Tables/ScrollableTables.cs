using AngleSharp.Dom;

namespace FleetCatalog.Rendering.Markdown.Tables;

/// <summary>
/// Each table inside <c>&lt;div class="guide-table" role="group" tabindex="0"&gt;</c>: wide tables scroll sideways in
/// their box on a phone instead of widening the page, and keyboard users can reach and scroll them. A group, not a
/// region: a guide with many tables would otherwise fill the page's landmarks with look-alike names.
/// </summary>
internal static class ScrollableTables
{
    public static void Wrap(IElement root)
    {
        var number = 0;
        foreach (var table in root.QuerySelectorAll("table").ToList())
        {
            if (table.ParentElement is null)
            {
                continue;
            }

            var caption = table.QuerySelector("caption")?.TextContent.Trim();
            var wrapper = table.Owner!.CreateElement("div");
            wrapper.SetAttribute("class", "guide-table");
            wrapper.SetAttribute("role", "group");
            wrapper.SetAttribute("tabindex", "0");
            wrapper.SetAttribute("aria-label", string.IsNullOrEmpty(caption) ? $"Table {++number}" : caption);
            table.Replace(wrapper);
            wrapper.AppendChild(table);
        }
    }
}
