namespace FleetCatalog.Rendering.Model;

/// <summary>A project in a list (catalog, category, board and home pages).</summary>
/// <param name="Summary">One line; the manifest's description, shortened.</param>
/// <param name="Kind">"app" or "block".</param>
/// <param name="KindLabel">"App" or "Block".</param>
/// <param name="BoardNames">The first few boards by display name (the default first).</param>
/// <param name="MoreBoards">How many more boards there are beyond <see cref="BoardNames"/>.</param>
/// <param name="WorksByDefault">The one verdict (<see cref="Verdicts.ProjectVerdict"/>): no errors, a known board, nothing to type in first.</param>
internal sealed record ProjectCardView(
    string Slug,
    string Name,
    string Url,
    string Summary,
    LogoView? Logo,
    string Kind,
    string KindLabel,
    LinkView? Category,
    IReadOnlyList<string> BoardNames,
    int MoreBoards,
    bool WorksByDefault,
    string? Difficulty = null);
