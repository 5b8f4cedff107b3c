using AngleSharp.Dom;
using FleetCatalog.Rendering.Markdown.Headings;

namespace FleetCatalog.Rendering.Markdown.Links;

/// <summary>
/// The guide's links and images, which were written for the repository's page: relative links go to the file at the
/// pinned commit, relative images to its raw bytes, in-guide anchors to the prefixed ids. External links get
/// <c>rel="noopener nofollow ugc"</c>; images load lazily. On a host with no known layout, relative links become
/// plain text and relative images their alt text, since there is nothing right to point them at.
/// </summary>
internal sealed class GuideLinks(GuideContext context, GuideIds ids)
{
    public const string ExternalRel = "noopener nofollow ugc";

    private readonly RepositoryFiles? files = RepositoryFiles.For(context.Repository, context.Commit);

    /// <summary>In-guide links to headings the guide does not have (as written, without <c>#</c>); they were made plain text.</summary>
    public List<string> MissingAnchors { get; } = [];

    public void Apply(IElement root)
    {
        foreach (var link in root.QuerySelectorAll("a[href]:not(.guide-heading-anchor)").ToList())
        {
            RewriteLink(link);
        }

        foreach (var image in root.QuerySelectorAll("img").ToList())
        {
            RewriteImage(image);
        }

        foreach (var source in root.QuerySelectorAll("source").ToList())
        {
            RewriteSource(source);
        }
    }

    private void RewriteLink(IElement link)
    {
        var href = link.GetAttribute("href")!;
        if (href.StartsWith('#'))
        {
            LinkInGuide(link, href[1..]);
            return;
        }

        string url;
        if (LinkTargets.HasScheme(href) || href.StartsWith("//", StringComparison.Ordinal))
        {
            url = LinkTargets.Absolute(href);
        }
        else if (files is null)
        {
            Unwrap(link);
            return;
        }
        else
        {
            var reference = RelativeReference.Resolve(context.GuidePath, href);
            if (reference.Path == context.GuidePath.TrimStart('/') && !reference.IsFolder && reference.Query.Length == 0 && reference.Fragment.Length > 1)
            {
                LinkInGuide(link, reference.Fragment[1..]);
                return;
            }

            url = files.Page(reference);
        }

        if (!LinkTargets.IsSafeAbsolute(url))
        {
            link.RemoveAttribute("href");
            return;
        }

        link.SetAttribute("href", url);
        if (!LinkTargets.IsOnSite(url, context.SiteBaseUrl))
        {
            link.SetAttribute("rel", ExternalRel);
        }
    }

    private void RewriteImage(IElement image)
    {
        var source = image.GetAttribute("src") is { } src ? ImageUrl(src) : null;
        if (source is null)
        {
            ReplaceWithAlt(image);
            return;
        }

        image.SetAttribute("src", source);
        if (image.GetAttribute("srcset") is { } srcset)
        {
            SetOrRemove(image, "srcset", SourceSet(srcset));
        }

        if (!image.HasAttribute("alt"))
        {
            image.SetAttribute("alt", string.Empty);
        }

        image.SetAttribute("loading", "lazy");
        image.SetAttribute("decoding", "async");
    }

    private void RewriteSource(IElement source)
    {
        var srcset = source.GetAttribute("srcset") is { } written ? SourceSet(written) : null;
        if (srcset is null || source.ParentElement?.LocalName != "picture")
        {
            source.Remove();
            return;
        }

        source.SetAttribute("srcset", srcset);
        source.RemoveAttribute("src");
    }

    // Images are fetched, not followed: an http image is asked for over https (the page is https), a GitHub file page
    // becomes its raw file, and a relative path the raw file at the pinned commit. Null: no image can be shown.
    private string? ImageUrl(string src)
    {
        if (src.Length == 0 || src.StartsWith('#'))
        {
            return null;
        }

        string url;
        if (LinkTargets.HasScheme(src) || src.StartsWith("//", StringComparison.Ordinal))
        {
            url = LinkTargets.RawGitHubImage(LinkTargets.Absolute(src));
            url = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "https://" + url[7..] : url;
        }
        else if (files is null)
        {
            return null;
        }
        else
        {
            url = files.Raw(RelativeReference.Resolve(context.GuidePath, src));
        }

        return url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url : null;
    }

    // "a.png 1x, b.png 2x": each candidate's URL resolved like an image's; candidates that cannot be shown are left out.
    private string? SourceSet(string srcset)
    {
        var candidates = new List<string>();
        foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = candidate.IndexOfAny([' ', '\t', '\n']);
            var url = ImageUrl(space < 0 ? candidate : candidate[..space]);
            if (url is not null && !url.Contains(',', StringComparison.Ordinal))
            {
                candidates.Add(space < 0 ? url : url + " " + candidate[(space + 1)..].Trim());
            }
        }

        return candidates.Count == 0 ? null : string.Join(", ", candidates);
    }

    private static void SetOrRemove(IElement element, string name, string? value)
    {
        if (value is null)
        {
            element.RemoveAttribute(name);
        }
        else
        {
            element.SetAttribute(name, value);
        }
    }

    // A jump to a heading the guide lacks would land at the top of the page; the words stay, without the link.
    private void LinkInGuide(IElement link, string fragment)
    {
        if (fragment.Length == 0)
        {
            link.SetAttribute("href", "#");
        }
        else if (ids.Href(fragment) is { } href)
        {
            link.SetAttribute("href", href);
        }
        else
        {
            MissingAnchors.Add(fragment);
            Unwrap(link);
        }
    }

    private static void Unwrap(IElement element)
    {
        while (element.FirstChild is { } child)
        {
            element.Before(child);
        }

        element.Remove();
    }

    private static void ReplaceWithAlt(IElement image)
    {
        var alt = image.GetAttribute("alt")?.Trim();
        if (string.IsNullOrEmpty(alt))
        {
            image.Remove();
        }
        else
        {
            image.Replace(image.Owner!.CreateTextNode(alt));
        }
    }
}
