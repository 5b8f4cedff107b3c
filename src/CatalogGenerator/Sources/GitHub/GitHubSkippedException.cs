namespace FleetCatalog.Sources.GitHub;

/// <summary>Thrown below Octokit when GitHub failed so often this build that it is no longer asked (see <see cref="Network.HostBreaker"/>).</summary>
internal sealed class GitHubSkippedException(string reason) : Exception(reason);
