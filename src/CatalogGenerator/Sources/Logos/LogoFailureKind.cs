namespace FleetCatalog.Sources.Logos;

/// <summary>Why a logo cannot be used.</summary>
internal enum LogoFailureKind
{
    /// <summary>The server answered 404 or 410.</summary>
    NotFound,

    /// <summary>More than 1 MiB, or a raster image too many pixels a side.</summary>
    TooLarge,

    /// <summary>Not a PNG, JPEG, WebP or SVG (an HTML page, text, another format, a damaged file).</summary>
    NotAnImage,

    /// <summary>An SVG that could run code or load things from elsewhere once served from the site.</summary>
    Unsafe,

    /// <summary>No answer, a refused connection, an error status, a redirect loop or a disallowed address.</summary>
    Unreachable,

    /// <summary>No complete answer within the time limit.</summary>
    Timeout,
}
