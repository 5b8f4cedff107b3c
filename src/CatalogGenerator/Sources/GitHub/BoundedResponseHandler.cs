using System.Globalization;

namespace FleetCatalog.Sources.GitHub;

/// <summary>
/// Holds each request to one deadline for the headers and the whole body: Octokit reads the body after
/// <c>SendAsync</c> returns and without a cancellation token, so an answer that trickles (right length, a byte
/// now and then) would otherwise hold a lookup for as long as the server likes. The body is read here, under the
/// deadline and up to <paramref name="maxBytes"/>, and handed on from memory.
/// </summary>
internal sealed class BoundedResponseHandler(HttpMessageHandler inner, TimeSpan timeout, long maxBytes = BoundedResponseHandler.DefaultMaxBytes)
    : DelegatingHandler(inner)
{
    // GitHub's largest answers the catalog asks for (a repository, five releases) are tens of KiB.
    public const long DefaultMaxBytes = 8 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, deadline.Token);
            var body = await ReadAsync(response.Content, deadline.Token);
            var buffered = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            throw new TimeoutException(NoAnswer(timeout), e);
        }
        catch
        {
            response?.Dispose();
            throw;
        }
    }

    /// <summary>The words for a request that ran out of time, wherever the deadline caught it.</summary>
    public static string NoAnswer(TimeSpan timeout) =>
        $"no complete answer within {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";

    private async Task<byte[]> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            throw new HttpRequestException($"the answer is larger than {maxBytes / 1024 / 1024} MiB");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var memory = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (memory.Length + read > maxBytes)
            {
                throw new HttpRequestException($"the answer is larger than {maxBytes / 1024 / 1024} MiB");
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }
}
