namespace FleetCatalog.Serving;

/// <summary>What a request path turned out to be in the site folder.</summary>
internal enum SiteLookupKind
{
    /// <summary>A file inside the folder: serve it.</summary>
    File,

    /// <summary>A folder with an index.html asked for without its trailing slash: redirect to the slash form.</summary>
    Redirect,

    /// <summary>Nothing servable: missing, a folder without an index, or outside the folder.</summary>
    NotFound,
}
