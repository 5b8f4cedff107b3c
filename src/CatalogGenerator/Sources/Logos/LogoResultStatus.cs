namespace FleetCatalog.Sources.Logos;

internal enum LogoResultStatus
{
    /// <summary>Downloaded now (the URL or the project's commit changed and the server sent a body).</summary>
    Downloaded,

    /// <summary>The commit changed, the server answered 304: the stored file is still current.</summary>
    Revalidated,

    /// <summary>Same URL and commit as last time (or offline): the stored file or failure, without a request.</summary>
    Unchanged,

    /// <summary>The server could not be reached or timed out; the last good file is used meanwhile.</summary>
    Stale,

    /// <summary>No usable logo; see the failure kind and message.</summary>
    Failed,
}
