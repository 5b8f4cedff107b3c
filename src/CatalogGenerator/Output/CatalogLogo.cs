namespace FleetCatalog.Output;

/// <summary>A project's logo as the site serves it.</summary>
/// <param name="Url">Site-relative (<c>logos/3f2a….png</c>), resolved against the catalog's base URL.</param>
internal sealed record CatalogLogo(string Url, int Width, int Height);
