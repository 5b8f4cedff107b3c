namespace FleetCatalog.Serving;

/// <summary>The answer for one request path.</summary>
/// <param name="FilePath">The real (symlink-resolved) path of the file to serve, for <see cref="SiteLookupKind.File"/>.</param>
/// <param name="Location">The path to redirect to (escaped, with a trailing slash), for <see cref="SiteLookupKind.Redirect"/>.</param>
internal sealed record SiteLookup(SiteLookupKind Kind, string? FilePath = null, string? Location = null)
{
    public static SiteLookup NotFound { get; } = new(SiteLookupKind.NotFound);
}
