using AngleSharp.Dom;

namespace FleetCatalog.Rendering.Markdown.Alerts;

/// <summary>
/// Every <c>&lt;aside&gt;</c> in a guide is a note (<c>role="note"</c>), not a page landmark: the guide sits inside
/// the page's main content, and a landmark there would clutter the page's outline.
/// </summary>
internal static class AlertRoles
{
    public static void Apply(IElement root)
    {
        foreach (var aside in root.QuerySelectorAll("aside"))
        {
            aside.SetAttribute("role", "note");
        }
    }
}
