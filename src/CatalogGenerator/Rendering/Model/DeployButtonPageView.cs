namespace FleetCatalog.Rendering.Model;

/// <summary>
/// The deploy button maker (layout <c>deploy-button</c>, <c>/deploy-button/</c>). Without JavaScript the page
/// documents the link with a worked example; with it, the form builds the snippets for any repository.
/// </summary>
/// <param name="DeployBaseUrl">The dashboard's deploy address, <c>https://dashboard.balena-cloud.com/deploy</c>.</param>
/// <param name="ButtonImageUrl">The official button image that snippets for READMEs use (not loaded by this site).</param>
/// <param name="Example">A worked example: repository, board and the link, Markdown and HTML it gives.</param>
/// <param name="Boards">Boards for the form's board choice, by display name.</param>
internal sealed record DeployButtonPageView(
    SiteView Site,
    PageMeta Meta,
    string DeployBaseUrl,
    string ButtonImageUrl,
    DeployButtonExampleView Example,
    IReadOnlyList<BoardChoiceView> Boards) : IPageView;
