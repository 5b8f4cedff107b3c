namespace FleetCatalog.Sources.Logos;

internal enum LogoDownloadStatus
{
    /// <summary>A new body arrived and is a usable image.</summary>
    Downloaded,

    /// <summary>The server answered 304 to If-None-Match: the stored copy is still current.</summary>
    NotModified,

    Failed,
}
