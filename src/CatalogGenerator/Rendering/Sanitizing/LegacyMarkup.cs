using AngleSharp.Dom;

namespace FleetCatalog.Rendering.Sanitizing;

/// <summary>
/// README habits from before HTML5 (<c>&lt;p align="center"&gt;</c>, <c>&lt;center&gt;</c>, <c>width="200px"</c>) turned
/// into what a valid page can carry: alignment becomes a class the theme styles (<c>guide-align-center</c>), old
/// elements their modern names, sizes plain numbers. Also drops authors' own classes, which could only style against
/// the theme, and names old-style anchors (<c>&lt;a name&gt;</c>) by id.
/// </summary>
internal static class LegacyMarkup
{
    private static readonly HashSet<string> Alignments = new(StringComparer.OrdinalIgnoreCase) { "left", "right", "center", "justify" };

    private static readonly HashSet<string> SizedElements = new(StringComparer.OrdinalIgnoreCase) { "img", "source" };

    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase) { "ltr", "rtl", "auto" };

    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["center"] = "div", ["strike"] = "s", ["tt"] = "code", ["acronym"] = "abbr",
    };

    public static void Normalize(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            var current = element;
            FilterClasses(current);
            if (Renamed.TryGetValue(current.LocalName, out var modern))
            {
                var align = current.LocalName == "center" ? "center" : null;
                current = Rename(current, modern);
                if (align is not null)
                {
                    current.ClassList.Add("guide-align-" + align);
                }
            }

            Align(current);
            Size(current);
            Direction(current);
            AnchorName(current);
        }
    }

    /// <summary>A new element of another name with the same attributes and children, in the old one's place.</summary>
    public static IElement Rename(IElement element, string name)
    {
        var replacement = element.Owner!.CreateElement(name);
        foreach (var attribute in element.Attributes.ToList())
        {
            replacement.SetAttribute(attribute.Name, attribute.Value);
        }

        while (element.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }

        element.Replace(replacement);
        return replacement;
    }

    private static void FilterClasses(IElement element)
    {
        if (element.GetAttribute("class") is not { } classes)
        {
            return;
        }

        var kept = classes.Split(' ', '\t', '\n', '\r', '\f').Where(c => GuideAllowList.Classes.Contains(c) || GuideAllowList.IsLanguageClass(c)).Distinct().ToList();
        if (kept.Count == 0)
        {
            element.RemoveAttribute("class");
        }
        else
        {
            element.SetAttribute("class", string.Join(' ', kept));
        }
    }

    private static void Align(IElement element)
    {
        var align = element.GetAttribute("align")?.Trim();
        element.RemoveAttribute("align");
        element.RemoveAttribute("valign");
        if (align is not null && Alignments.Contains(align))
        {
            element.ClassList.Add("guide-align-" + align.ToLowerInvariant());
        }
    }

    // width="200", "200px" → 200; percentages and anything else are dropped (the theme keeps images within the page).
    private static void Size(IElement element)
    {
        foreach (var name in new[] { "width", "height" })
        {
            if (element.GetAttribute(name) is not { } value)
            {
                continue;
            }

            var number = value.Trim();
            number = number.EndsWith("px", StringComparison.OrdinalIgnoreCase) ? number[..^2].TrimEnd() : number;
            if (SizedElements.Contains(element.LocalName) && number.Length is > 0 and <= 5 && number.All(char.IsAsciiDigit))
            {
                element.SetAttribute(name, int.Parse(number, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                element.RemoveAttribute(name);
            }
        }
    }

    private static void Direction(IElement element)
    {
        if (element.GetAttribute("dir") is { } dir && !Directions.Contains(dir.Trim()))
        {
            element.RemoveAttribute("dir");
        }
    }

    private static void AnchorName(IElement element)
    {
        if (element.GetAttribute("name") is not { } name)
        {
            return;
        }

        element.RemoveAttribute("name");
        if (element.LocalName == "a" && !element.HasAttribute("id") && name.Trim().Length > 0)
        {
            element.SetAttribute("id", name.Trim());
        }
    }
}
