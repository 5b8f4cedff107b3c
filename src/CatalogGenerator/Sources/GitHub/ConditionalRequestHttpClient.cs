using System.Net;
using Octokit;
using Octokit.Internal;

namespace FleetCatalog.Sources.GitHub;

/// <summary>
/// Sends every GET with the ETag of the last answer (If-None-Match) and turns a 304 back into that answer,
/// so an unchanged repository costs no quota. Octokit's own CachingHttpClient is not used: it stores error
/// answers too, saves without waiting, and cannot tell which lookups were answered 304.
/// </summary>
internal sealed class ConditionalRequestHttpClient(IHttpClient inner, ResponseStore store) : IHttpClient
{
    public async Task<IResponse> Send(IRequest request, CancellationToken cancellationToken, Func<object, object>? preprocessResponseBody = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method != HttpMethod.Get)
        {
            return await inner.Send(request, cancellationToken, preprocessResponseBody);
        }

        var key = KeyFor(request);
        var stored = store.Read(key);
        if (stored is not null)
        {
            request.Headers["If-None-Match"] = stored.ETag;
        }

        var response = await inner.Send(request, cancellationToken, preprocessResponseBody);
        if (stored is not null && response.StatusCode == HttpStatusCode.NotModified)
        {
            return new StoredResponse(stored.Body, stored.ContentType, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["ETag"] = stored.ETag,
                ["Content-Type"] = stored.ContentType ?? "application/json",
            });
        }

        if (response.StatusCode == HttpStatusCode.OK && response.Body is string body && HttpHeaders.Find(response, "ETag") is { Length: > 0 } etag)
        {
            store.Write(new ResponseStoreEntry(ResponseStoreEntry.CurrentVersion, key, etag, response.ContentType, body));
        }

        return response;
    }

    public void SetRequestTimeout(TimeSpan timeout) => inner.SetRequestTimeout(timeout);

    public void Dispose() => inner.Dispose();

    // The ETag belongs to the URL and the representation asked for (Accept), not to who asked.
    private static string KeyFor(IRequest request)
    {
        var url = request.BaseAddress is null ? request.Endpoint : new Uri(request.BaseAddress, request.Endpoint);
        var query = string.Join('&', request.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        request.Headers.TryGetValue("Accept", out var accept);
        return $"GET {url}?{query} Accept: {accept}";
    }
}
