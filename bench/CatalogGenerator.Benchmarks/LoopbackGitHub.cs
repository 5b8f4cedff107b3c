using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace FleetCatalog.Benchmarks;

/// <summary>
/// Just enough of GitHub's REST API on loopback for the refresh benchmark: each repository and its
/// (empty) release list, with ETags and 304s, so that requests and quota are counted as GitHub would.
/// </summary>
internal sealed class LoopbackGitHub : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private int _requests;
    private int _notModified;

    public LoopbackGitHub()
    {
        for (var port = 40_000 + Random.Shared.Next(5_000); ; port++)
        {
            try
            {
                _listener = new HttpListener();
                _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                _listener.Start();
                Url = new Uri($"http://127.0.0.1:{port}/");
                break;
            }
            catch (HttpListenerException) when (port < 46_000)
            {
            }
        }

        _ = Task.Run(ServeAsync);
    }

    public Uri Url { get; } = null!;

    public (int Requests, int NotModified) TakeCounts() => (Interlocked.Exchange(ref _requests, 0), Interlocked.Exchange(ref _notModified, 0));

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _requests);
            var body = Body(context.Request.Url!.AbsolutePath);
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16] + "\"";
            context.Response.Headers["ETag"] = etag;
            context.Response.Headers["X-RateLimit-Limit"] = "5000";
            context.Response.Headers["X-RateLimit-Remaining"] = "4999";
            context.Response.Headers["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (context.Request.Headers["If-None-Match"] == etag)
            {
                Interlocked.Increment(ref _notModified);
                context.Response.StatusCode = 304;
                context.Response.Close();
                continue;
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private string Body(string path)
    {
        var parts = path.Trim('/').Split('/');
        if (parts.Length == 4 && parts[3] == "releases")
        {
            return "[]";
        }

        var (owner, name) = (parts[1], parts[2]);
        return new JsonObject
        {
            ["id"] = Math.Abs(path.GetHashCode(StringComparison.Ordinal)),
            ["name"] = name,
            ["full_name"] = $"{owner}/{name}",
            ["owner"] = new JsonObject { ["login"] = owner, ["id"] = 1, ["type"] = "User" },
            ["html_url"] = $"https://github.com/{owner}/{name}",
            ["description"] = "benchmark project",
            ["url"] = $"{Url}repos/{owner}/{name}",
            ["stargazers_count"] = 7,
            ["archived"] = false,
            ["topics"] = new JsonArray("balena"),
            ["default_branch"] = "main",
            ["pushed_at"] = "2026-01-01T00:00:00Z",
            ["visibility"] = "public",
        }.ToJsonString();
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
        }

        _stop.Dispose();
    }
}
