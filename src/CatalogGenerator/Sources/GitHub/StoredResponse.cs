using System.Net;
using Octokit;

namespace FleetCatalog.Sources.GitHub;

/// <summary>A remembered 200 answer, handed to Octokit in place of the 304 that confirmed it.</summary>
internal sealed class StoredResponse(string body, string? contentType, IReadOnlyDictionary<string, string> headers) : IResponse
{
    public object Body { get; } = body;

    public IReadOnlyDictionary<string, string> Headers { get; } = headers;

    public ApiInfo ApiInfo { get; } = new(
        new Dictionary<string, Uri>(),
        [],
        [],
        headers.TryGetValue("ETag", out var etag) ? etag : null,
        new RateLimit(),
        TimeSpan.Zero);

    public HttpStatusCode StatusCode => HttpStatusCode.OK;

    public string? ContentType { get; } = contentType;
}
