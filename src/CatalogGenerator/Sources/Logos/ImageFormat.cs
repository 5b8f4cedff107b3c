namespace FleetCatalog.Sources.Logos;

/// <summary>The image formats a logo may have, decided from its content, never from its name.</summary>
internal enum ImageFormat
{
    Png,
    Jpeg,
    WebP,
    Svg,
}
