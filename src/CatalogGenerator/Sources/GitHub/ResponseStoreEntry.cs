namespace FleetCatalog.Sources.GitHub;

/// <summary>One file of the ETag store: the request it answers, its ETag and the body GitHub sent with it.</summary>
internal sealed record ResponseStoreEntry(int Version, string Key, string ETag, string? ContentType, string Body)
{
    public const int CurrentVersion = 1;
}
