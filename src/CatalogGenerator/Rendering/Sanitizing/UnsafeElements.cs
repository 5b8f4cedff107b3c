using AngleSharp.Dom;

namespace FleetCatalog.Rendering.Sanitizing;

/// <summary>
/// Elements dropped with everything inside them, before the allow-list unwraps the rest: their content is code, a
/// page of its own, a form or markup that makes no sense as text (a script's source, an SVG's paths).
/// </summary>
internal static class UnsafeElements
{
    private static readonly string Selector = string.Join(',',
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param", "form", "button", "select",
        "textarea", "option", "optgroup", "datalist", "output", "template", "noscript", "svg", "math", "meta", "link",
        "base", "title", "head", "canvas", "audio", "video", "track", "map", "area", "dialog", "portal", "slot",
        "noembed", "noframes", "xmp", "plaintext", "iframe", "frame", "keygen", "menu", "menuitem", "isindex");

    public static void Remove(IElement root)
    {
        foreach (var element in root.QuerySelectorAll(Selector).ToList())
        {
            element.Remove();
        }
    }
}
