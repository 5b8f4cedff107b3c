namespace FleetCatalog.Projects;

/// <summary>What the repository's host says about it (GitHub metadata), for the rules that need the network.</summary>
/// <param name="DefaultBranch">The branch a deploy and the catalog follow when the entry names no ref.</param>
internal sealed record RemoteRepository(string DefaultBranch, bool Archived);
