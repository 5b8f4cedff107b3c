namespace FleetCatalog.Sources.Logos;

/// <summary>
/// The verdict on a file's bytes: an image, or a failure with <see cref="Problem"/>, a phrase that completes
/// "The logo at URL is …" (such as "an HTML page, not an image").
/// </summary>
internal sealed record ImageInspection(ImageInfo? Image, LogoFailureKind? Failure, string? Problem)
{
    public bool IsImage => Image is not null;

    public static ImageInspection Ok(ImageFormat format, int width, int height) => new(new ImageInfo(format, width, height), null, null);

    public static ImageInspection NotAnImage(string problem) => new(null, LogoFailureKind.NotAnImage, problem);

    public static ImageInspection Unsafe(string problem) => new(null, LogoFailureKind.Unsafe, problem);

    public static ImageInspection TooLarge(string problem) => new(null, LogoFailureKind.TooLarge, problem);
}
