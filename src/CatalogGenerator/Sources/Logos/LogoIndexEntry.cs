using System.Text.Json.Serialization;

namespace FleetCatalog.Sources.Logos;

/// <summary>
/// What the store remembers about one project's logo (one small JSON file per project): the URL and the
/// project commit it was last checked at, the last good copy of that URL (ETag, hash, format, size), and
/// the outcome of that check when it failed for good (not found, not an image, too large, unsafe).
/// </summary>
internal sealed record LogoIndexEntry(
    int Version,
    string Url,
    string Commit,
    [property: JsonPropertyName("etag")] string? ETag,
    string? Sha256,
    ImageFormat? Format,
    int Width,
    int Height,
    LogoFailureKind? Failure,
    string? Message)
{
    public const int CurrentVersion = 1;

    public ImageInfo? Image => Format is { } format && Sha256 is not null ? new ImageInfo(format, Width, Height) : null;
}
