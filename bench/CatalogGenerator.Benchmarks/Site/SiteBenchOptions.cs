namespace FleetCatalog.Benchmarks.Site;

/// <summary>What <c>--site</c> measures.</summary>
/// <param name="Sizes">Catalog sizes (projects), e.g. 100, 1000, 10000.</param>
/// <param name="Runs">Runs of each measurement per size; the table shows medians.</param>
/// <param name="Corpus">The corpus folder the projects are drawn from.</param>
/// <param name="RepositoryRoot">The clone (theme, schemas, categories, tools/search).</param>
/// <param name="DocsFile">The Markdown file whose marked section receives the results, or null.</param>
/// <param name="Search">Include Pagefind (the full build's search stage, and Pagefind alone).</param>
/// <param name="Hugo">Run Hugo too (when it is installed).</param>
/// <param name="CommandLine">The command as typed, for the record.</param>
/// <param name="ReadyToRun">Measure the tool published with ReadyToRun (<see cref="ToolBuild"/>), as the publish workflow runs it.</param>
internal sealed record SiteBenchOptions(
    IReadOnlyList<int> Sizes,
    int Runs,
    string Corpus,
    string RepositoryRoot,
    string? DocsFile,
    bool Search,
    bool Hugo,
    string CommandLine,
    bool ReadyToRun = false);
