using AngleSharp.Dom;

namespace FleetCatalog.Rendering.Markdown.Headings;

/// <summary>
/// Every id in a guide starts with <see cref="Prefix"/>, so that a README's "Settings" heading or an author's
/// <c>id="main"</c> cannot collide with the page's own ids; in-guide links (<c>#settings</c>, footnotes) follow.
/// </summary>
internal sealed class GuideIds
{
    public const string Prefix = "guide-";

    private readonly Dictionary<string, string> byWrittenName = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly HashSet<IElement> headings = [];

    /// <summary>Gives a heading the id made of its (unique) GitHub slug; an id the author put on it still leads there.</summary>
    public string ClaimHeading(IElement heading, string slug)
    {
        var written = heading.GetAttribute("id");
        var id = Prefix + (slug.Length == 0 ? "section" : slug);
        while (!used.Add(id))
        {
            id += "-";
        }

        byWrittenName.TryAdd(slug, id);
        if (written is not null)
        {
            byWrittenName.TryAdd(written, id);
        }

        heading.SetAttribute("id", id);
        headings.Add(heading);
        return id;
    }

    /// <summary>Prefixes every other id in the guide (the author's, footnotes'); a duplicate is removed.</summary>
    public void PrefixOthers(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("[id]").Where(e => !headings.Contains(e)))
        {
            var written = element.GetAttribute("id")!;

            var id = Prefix + written.Trim();
            if (written.Trim().Length == 0 || written.Any(char.IsWhiteSpace) || !used.Add(id))
            {
                element.RemoveAttribute("id");
                continue;
            }

            element.SetAttribute("id", id);
            byWrittenName.TryAdd(written, id);
        }
    }

    /// <summary>The href for an in-guide link written as <c>#fragment</c>: the prefixed id when the guide has it (as GitHub does, trying lower case too), else null.</summary>
    public string? Href(string fragment)
    {
        var name = Unescape(fragment);
        if (byWrittenName.TryGetValue(name, out var id) || byWrittenName.TryGetValue(name.ToLowerInvariant(), out id))
        {
            return "#" + id;
        }

        return null;
    }

    private static string Unescape(string fragment)
    {
        try
        {
            return Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            return fragment;
        }
    }
}
