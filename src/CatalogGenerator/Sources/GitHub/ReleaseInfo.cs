namespace FleetCatalog.Sources.GitHub;

/// <summary>The newest published release that is neither a draft nor a pre-release.</summary>
internal sealed record ReleaseInfo(string Tag, string? Name, DateTimeOffset? PublishedAt, string HtmlUrl);
