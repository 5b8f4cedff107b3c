using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using FleetCatalog.Sources.Network;

namespace FleetCatalog.Sources.Logos;

/// <summary>
/// Downloads one logo: https only, redirects followed here (bounded, each hop checked), the body streamed
/// with a hard 1 MiB limit, one time limit for everything, conditional on a previous ETag. Failures come
/// back as results with a message for the maker; only the caller's cancellation throws.
/// </summary>
internal sealed class LogoDownloader
{
    private const int MaxBytes = ImageSniffer.MaxBytes;

    private readonly HttpClient _http;
    private readonly LogoDownloaderOptions _options;
    private readonly HostBreaker _hosts;

    /// <param name="http">Best made by <see cref="CreateHttpClient"/>: one that follows redirects by itself
    /// would skip the per-hop https check.</param>
    public LogoDownloader(HttpClient http, LogoDownloaderOptions? options = null)
    {
        _http = http;
        _options = options ?? new LogoDownloaderOptions();
        _hosts = new HostBreaker(_options.FailuresBeforeGivingUp);
    }

    /// <summary>A client that leaves redirects to the downloader and drops, rather than drains, refused bodies.</summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        MaxResponseDrainSize = 0,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    /// <summary>
    /// Downloads <paramref name="url"/>; a host that timed out or could not be reached several times in a row is
    /// not asked again by this downloader (one per build), so a logo host's outage costs a few timeouts, not one per project.
    /// </summary>
    public async Task<LogoDownloadResult> DownloadAsync(Uri url, string? previousETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Authority;
        if (_hosts.OpenBecause(host) is { } cause)
        {
            return LogoDownloadResult.Failed(url, LogoFailureKind.Unreachable, $"The logo at {url} was not downloaded: {host} was {_hosts.Skipped(cause)}; the next build will try again");
        }

        var result = await DownloadOnceAsync(url, previousETag, cancellationToken);
        if (result.Failure is LogoFailureKind.Unreachable or LogoFailureKind.Timeout)
        {
            _hosts.RecordFailure(host, result.Message ?? "no answer");
        }
        else
        {
            _hosts.RecordSuccess(host);
        }

        return result;
    }

    private async Task<LogoDownloadResult> DownloadOnceAsync(Uri url, string? previousETag, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.Timeout);
        var current = url;
        var bytesRead = new StrongBox<long>();
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (!IsAllowed(current))
                {
                    var where = current == url ? "is not an https address" : $"redirects to {current}, which is not an https address";
                    return LogoDownloadResult.Failed(url, LogoFailureKind.Unreachable, $"The logo at {url} {where}; the catalog only downloads logos over https");
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd("image/png, image/jpeg, image/webp, image/svg+xml, */*;q=0.1");
                request.Headers.UserAgent.Add(new ProductInfoHeaderValue("fleet-catalog", "0.1"));
                if (previousETag is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", previousETag);
                }

                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        return LogoDownloadResult.Failed(url, LogoFailureKind.Unreachable, $"The logo at {url} redirects more than {_options.MaxRedirects} times; link to the file's final address");
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                return await ReadAsync(url, current, previousETag, response, bytesRead, limit.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var seconds = _options.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            return LogoDownloadResult.Failed(url, LogoFailureKind.Timeout, $"The logo at {url} did not arrive within {seconds} seconds; try again later, or keep the logo in the repository itself", bytesRead.Value);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return LogoDownloadResult.Failed(url, LogoFailureKind.Unreachable, $"The logo at {url} could not be downloaded ({Innermost(e)}); check the address", bytesRead.Value);
        }
    }

    private static async Task<LogoDownloadResult> ReadAsync(Uri url, Uri final, string? previousETag, HttpResponseMessage response, StrongBox<long> bytesRead, CancellationToken token)
    {
        var status = (int)response.StatusCode;
        var at = final == url ? $"The logo at {url}" : $"The logo at {url} (redirected to {final})";
        switch (status)
        {
            case 304:
                return new LogoDownloadResult(url, LogoDownloadStatus.NotModified, ETag: ETag(response) ?? previousETag);
            case 404 or 410:
                return LogoDownloadResult.Failed(url, LogoFailureKind.NotFound, $"{at} was not found (HTTP {status}); check that the file is committed on the branch the URL names and that the URL points at the raw file");
            case < 200 or > 299:
                return LogoDownloadResult.Failed(url, LogoFailureKind.Unreachable, $"{at} could not be downloaded: the server answered HTTP {status} {response.ReasonPhrase}; the logo must be publicly readable");
        }

        if (response.Content.Headers.ContentLength is > MaxBytes and var declared)
        {
            return LogoDownloadResult.Failed(url, LogoFailureKind.TooLarge, $"{at} is {ImageSniffer.Size(declared)} (by its Content-Length); logos must be at most 1 MiB, so shrink it (about 512 pixels a side is plenty)");
        }

        var body = await ReadBoundedAsync(response, bytesRead, token);
        if (body is null)
        {
            return LogoDownloadResult.Failed(url, LogoFailureKind.TooLarge, $"{at} is larger than 1 MiB (the download was stopped there); logos must be at most 1 MiB, so shrink it (about 512 pixels a side is plenty)", bytesRead.Value);
        }

        var inspection = ImageSniffer.Inspect(body);
        if (inspection.Image is null)
        {
            return LogoDownloadResult.Failed(url, inspection.Failure!.Value, $"{at} is {inspection.Problem}{RawHint(final)}", bytesRead.Value);
        }

        return new LogoDownloadResult(url, LogoDownloadStatus.Downloaded, body, inspection.Image, ETag(response), Convert.ToHexStringLower(SHA256.HashData(body)), BytesRead: bytesRead.Value);
    }

    // Reads at most one byte past the limit, so a huge body costs no more than the limit; null when over it.
    private static async Task<byte[]?> ReadBoundedAsync(HttpResponseMessage response, StrongBox<long> bytesRead, CancellationToken token)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(token);
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes + 1);
        try
        {
            var filled = 0;
            int read;
            while (filled <= MaxBytes && (read = await stream.ReadAsync(buffer.AsMemory(filled, Math.Min(64 * 1024, MaxBytes + 1 - filled)), token)) > 0)
            {
                filled += read;
                bytesRead.Value = filled;
            }

            return filled > MaxBytes ? null : buffer[..filled];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private bool IsAllowed(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (_options.AllowInsecureLoopback && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);

    private static string? ETag(HttpResponseMessage response) =>
        response.Headers.TryGetValues("ETag", out var values) ? values.FirstOrDefault() : null;

    /// <summary>"; did you mean …?" with the raw address when <paramref name="final"/> is a GitHub page (…/blob/…),
    /// the usual way to get an HTML page instead of the file; empty otherwise.</summary>
    public static string RawHint(Uri final)
    {
        var segments = final.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return final.Host.Equals("github.com", StringComparison.OrdinalIgnoreCase) && segments.Length > 4 && segments[2] == "blob"
            ? $"; did you mean https://raw.githubusercontent.com/{segments[0]}/{segments[1]}/{string.Join('/', segments[3..])}?"
            : string.Empty;
    }

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e.Message.TrimEnd('.');
    }
}
