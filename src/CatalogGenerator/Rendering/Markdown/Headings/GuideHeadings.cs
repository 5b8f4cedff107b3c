using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using FleetCatalog.Rendering.Sanitizing;

namespace FleetCatalog.Rendering.Markdown.Headings;

/// <summary>
/// The guide's headings, Markdown's and raw HTML's alike: the title found (and dropped when asked), levels moved
/// under the page's own, GitHub-style ids given, and a link to each section placed beside its heading.
/// </summary>
internal static partial class GuideHeadings
{
    private const string Selector = "h1,h2,h3,h4,h5,h6";

    public static (ImmutableArray<GuideHeading> Headings, string? Title) Apply(IElement root, GuideContext context, GuideIds ids)
    {
        var elements = root.QuerySelectorAll(Selector).ToList();
        var firstH1 = elements.FirstOrDefault(e => e.LocalName == "h1");
        var title = firstH1 is null ? null : TextOf(firstH1) is { Length: > 0 } h1Text ? h1Text : null;
        if (context.DropTitle && elements.Count > 0 && elements[0] == firstH1)
        {
            firstH1.Remove();
            elements.RemoveAt(0);
        }

        var shift = elements.Count == 0 ? 0 : Math.Max(0, context.HighestHeadingLevel - elements.Min(Level));
        var slugger = new GitHubSlugger();
        var headings = ImmutableArray.CreateBuilder<GuideHeading>(elements.Count);
        foreach (var original in elements)
        {
            var level = Math.Min(6, Level(original) + shift);
            var heading = level == Level(original) ? original : LegacyMarkup.Rename(original, "h" + level);
            var text = TextOf(heading);
            var id = ids.ClaimHeading(heading, slugger.Slug(text));
            AddAnchor(heading, id, text);
            headings.Add(new GuideHeading(level, text, id));
        }

        return (headings.MoveToImmutable(), title);
    }

    private static int Level(IElement heading) => heading.LocalName[1] - '0';

    private static string TextOf(IElement element) => Whitespace().Replace(element.TextContent, " ").Trim();

    // GitHub's way: the heading stays plain text, and a link beside it (named for assistive technology) points at it.
    // Not where a wrapper or a second link would be invalid: in a <summary> or inside a link.
    private static void AddAnchor(IElement heading, string id, string text)
    {
        if (heading.Closest("summary, a") is not null || heading.ParentElement is null)
        {
            return;
        }

        var document = heading.Owner!;
        var wrapper = document.CreateElement("div");
        wrapper.SetAttribute("class", "guide-heading");
        heading.Replace(wrapper);
        wrapper.AppendChild(heading);

        var anchor = document.CreateElement("a");
        anchor.SetAttribute("class", "guide-heading-anchor");
        anchor.SetAttribute("href", "#" + id);
        anchor.SetAttribute("aria-label", text.Length > 0 ? "Link to this section: " + text : "Link to this section");
        var mark = document.CreateElement("span");
        mark.SetAttribute("aria-hidden", "true");
        mark.TextContent = "#";
        anchor.AppendChild(mark);
        wrapper.AppendChild(anchor);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
