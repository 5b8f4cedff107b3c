using AngleSharp.Dom;
using FleetCatalog.Rendering.Markdown.DeployButtons;

namespace FleetCatalog.Rendering.Markdown.Links;

/// <summary>
/// A link must say where it goes to someone who cannot see it. README badges and buttons are often an image with no
/// alt text inside a link; the image is then described by its link (a deploy button by what it does), and a link
/// with nothing in it at all is removed.
/// </summary>
internal static class LinkNames
{
    public static void Apply(IElement root)
    {
        foreach (var link in root.QuerySelectorAll("a[href]:not(.guide-heading-anchor)").ToList())
        {
            if (link.TextContent.Trim().Length > 0 || link.QuerySelectorAll("img").Any(i => i.GetAttribute("alt")?.Trim().Length > 0))
            {
                continue;
            }

            var image = link.QuerySelector("img");
            if (image is null)
            {
                link.Remove();
                continue;
            }

            var href = link.GetAttribute("href")!;
            image.SetAttribute("alt", DeployLinks.IsDeployUrl(href) ? "Deploy with balena" : Describe(href));
        }
    }

    private static string Describe(string href)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            var path = uri.AbsolutePath.Trim('/');
            return "Link to " + uri.Host + (path.Length > 0 ? "/" + path : string.Empty);
        }

        return "Link to " + href.TrimStart('#');
    }
}
