using System.Collections.Immutable;

namespace FleetCatalog.Sources.GitHub;

/// <summary>What GitHub knows about a project's repository, beyond its files.</summary>
/// <param name="License">
/// The licence's SPDX id as GitHub detected it (for example <c>Apache-2.0</c>); <c>NOASSERTION</c> when GitHub
/// found a licence file it could not identify, null when the repository has none.
/// </param>
/// <param name="HtmlUrl">The repository's page; after a rename or transfer it names the new owner/name.</param>
/// <param name="ForkOf">For a fork, the page of the repository it was forked from (GitHub's <c>parent</c>); null otherwise.</param>
/// <param name="ForkSource">For a fork, the page of the root of its fork network (GitHub's <c>source</c>); null otherwise.</param>
/// <param name="Forks">How many forks GitHub counts (<c>forks_count</c>); 0 in caches written before it was kept.</param>
internal sealed record RepositoryMetadata(
    int Stars,
    ImmutableArray<string> Topics,
    string? License,
    string? Description,
    string DefaultBranch,
    bool Archived,
    DateTimeOffset? PushedAt,
    ReleaseInfo? LatestRelease,
    string HtmlUrl,
    string? ForkOf = null,
    string? ForkSource = null,
    int Forks = 0);
