namespace FleetCatalog.Projects;

/// <summary>What the repository's host says about it (GitHub metadata), for the rules that need the network.</summary>
/// <param name="DefaultBranch">The branch a deploy and the catalog follow when the entry names no ref.</param>
/// <param name="CanonicalUrl">Where the host says the repository is now: another name after a rename or transfer.</param>
internal sealed record RemoteRepository(string DefaultBranch, bool Archived, string? CanonicalUrl = null);
