using System.Collections.Frozen;
using AngleSharp.Dom;

namespace FleetCatalog.Rendering.Sanitizing;

/// <summary>
/// Elements dropped with everything inside them, before the allow-list unwraps the rest: their content is code, a
/// page of its own, a form or markup that makes no sense as text (a script's source, an SVG's paths).
/// </summary>
internal static class UnsafeElements
{
    // Matched by name in any namespace and any case, as a CSS type selector matches them, but in one walk: a selector
    // list of 45 names cost about 4 % of rendering a guide.
    private static readonly FrozenSet<string> Names = new[]
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param", "form", "button", "select",
        "textarea", "option", "optgroup", "datalist", "output", "template", "noscript", "svg", "math", "meta", "link",
        "base", "title", "head", "canvas", "audio", "video", "track", "map", "area", "dialog", "portal", "slot",
        "noembed", "noframes", "xmp", "plaintext", "keygen", "menu", "menuitem", "isindex",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Remove(IElement root)
    {
        var pending = new Stack<IElement>();
        PushChildren(root, pending);
        while (pending.TryPop(out var element))
        {
            if (Names.Contains(element.LocalName))
            {
                element.Remove();
            }
            else
            {
                PushChildren(element, pending);
            }
        }
    }

    private static void PushChildren(IElement parent, Stack<IElement> pending)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                pending.Push(child);
            }
        }
    }
}
