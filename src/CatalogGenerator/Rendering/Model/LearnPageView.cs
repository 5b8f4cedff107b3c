namespace FleetCatalog.Rendering.Model;

/// <summary>One learn page (layout <c>learn</c>) from <c>site/learn/*.md</c>.</summary>
/// <param name="Body">The page's Markdown as sanitised HTML.</param>
/// <param name="Projects">Catalog projects the page leads on to.</param>
/// <param name="Previous">The learn page before this one in order, or null.</param>
internal sealed record LearnPageView(
    SiteView Site,
    PageMeta Meta,
    string Title,
    string Summary,
    string? Difficulty,
    SafeHtml Body,
    IReadOnlyList<ProjectCardView> Projects,
    LinkView? Previous,
    LinkView? Next) : IPageView;
