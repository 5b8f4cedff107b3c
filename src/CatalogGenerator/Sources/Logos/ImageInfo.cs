namespace FleetCatalog.Sources.Logos;

/// <summary>
/// What a logo is, read from its bytes. For SVG the size is the one it declares (width and height in
/// absolute units, else its viewBox), rounded up to whole pixels.
/// </summary>
internal sealed record ImageInfo(ImageFormat Format, int Width, int Height)
{
    /// <summary>The file extension the site serves it under, without the dot.</summary>
    public string Extension => Format switch
    {
        ImageFormat.Png => "png",
        ImageFormat.Jpeg => "jpg",
        ImageFormat.WebP => "webp",
        _ => "svg",
    };

    public string MediaType => Format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.WebP => "image/webp",
        _ => "image/svg+xml",
    };

}
