namespace FleetCatalog.Tests.Testing;

/// <summary>A release on a <see cref="FakeGitHubRepository"/>; the list is newest first, as GitHub sorts it.</summary>
internal sealed record FakeGitHubRelease(string Tag, string? Name = null, DateTimeOffset? PublishedAt = null, bool Prerelease = false, bool Draft = false);
