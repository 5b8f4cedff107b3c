namespace FleetCatalog.Sources.Logos;

/// <summary>
/// One download's outcome. Downloaded: <see cref="Content"/>, <see cref="Image"/>, <see cref="Sha256"/> (lowercase
/// hex) and the <see cref="ETag"/> if the server gave one. NotModified: the <see cref="ETag"/>. Failed:
/// <see cref="Failure"/> and a <see cref="Message"/> for the maker that names the URL and what was found.
/// <see cref="BytesRead"/> counts the body bytes taken from the network, at most one past the limit.
/// </summary>
internal sealed record LogoDownloadResult(
    Uri Url,
    LogoDownloadStatus Status,
    byte[]? Content = null,
    ImageInfo? Image = null,
    string? ETag = null,
    string? Sha256 = null,
    LogoFailureKind? Failure = null,
    string? Message = null,
    long BytesRead = 0)
{
    public static LogoDownloadResult Failed(Uri url, LogoFailureKind failure, string message, long bytesRead = 0) =>
        new(url, LogoDownloadStatus.Failed, Failure: failure, Message: message, BytesRead: bytesRead);
}
