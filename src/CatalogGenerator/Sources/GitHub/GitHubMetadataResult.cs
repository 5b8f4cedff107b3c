using System.Diagnostics.CodeAnalysis;

namespace FleetCatalog.Sources.GitHub;

/// <summary>Either the metadata or the failure, never both.</summary>
/// <param name="NotModified">True when every request was answered 304, so the lookup cost no rate-limit quota.</param>
internal sealed record GitHubMetadataResult(RepositoryMetadata? Metadata, bool NotModified, GitHubFailure? Failure)
{
    [MemberNotNullWhen(true, nameof(Metadata))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Metadata is not null;

    public static GitHubMetadataResult Success(RepositoryMetadata metadata, bool notModified) => new(metadata, notModified, null);

    public static GitHubMetadataResult Failed(GitHubFailure failure) => new(null, false, failure);
}
