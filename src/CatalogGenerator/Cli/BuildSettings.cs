using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Cli;

/// <summary>What <c>build</c> and <c>serve</c> were asked to do, every path made absolute.</summary>
/// <param name="Output">The site's folder; null when the command picks it (serve: beside the cache).</param>
internal sealed record BuildSettings(
    string Projects,
    string Categories,
    string Cache,
    string? Report,
    Uri? GitHubApiUrl,
    bool Offline,
    int Parallelism,
    string? Output,
    string Site,
    Uri? BaseUrl,
    bool NoSearch)
{
    /// <summary>The folder holding <c>site/</c> and <c>themes/</c>.</summary>
    public string Root => Path.GetDirectoryName(Site)!;

    public RefreshOptions RefreshOptions => new(
        Cache,
        Offline,
        GitHubApiUrl,
        Environment.GetEnvironmentVariable("GITHUB_TOKEN") is { Length: > 0 } token ? token : null,
        Parallelism);
}
