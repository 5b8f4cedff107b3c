using System.Collections.Concurrent;
using System.Net;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Sources.Logos;

/// <summary>
/// A web server on 127.0.0.1 for logo downloads: each path answers as mapped (404 otherwise), and every
/// request is recorded with the If-None-Match it carried.
/// </summary>
internal sealed class LogoServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, CancellationToken, Task>> _routes = new(StringComparer.Ordinal);
    private readonly Task _loop;
    private long _bytesWritten;
    private int _disposed;

    public LogoServer()
    {
        (_listener, var url) = LoopbackHttpListener.Start();
        BaseUrl = new Uri(url);
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<(string Path, string? IfNoneMatch)> Requests { get; } = new();

    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    public Uri Url(string path) => new(BaseUrl, path);

    /// <summary>Answers with the bytes and ETag, or 304 when the request's If-None-Match is that ETag.</summary>
    public void File(string path, byte[] content, string? etag = null, string contentType = "application/octet-stream") =>
        _routes[path] = async (context, token) =>
        {
            if (etag is not null)
            {
                context.Response.AddHeader("ETag", etag);
                if (context.Request.Headers["If-None-Match"] == etag)
                {
                    context.Response.StatusCode = 304;
                    context.Response.Close();
                    return;
                }
            }

            context.Response.ContentType = contentType;
            context.Response.ContentLength64 = content.Length;
            await context.Response.OutputStream.WriteAsync(content, token);
            context.Response.Close();
        };

    public void Status(string path, int status) =>
        _routes[path] = (context, _) =>
        {
            context.Response.StatusCode = status;
            context.Response.Close();
            return Task.CompletedTask;
        };

    public void Redirect(string path, string location, int status = 302) =>
        _routes[path] = (context, _) =>
        {
            context.Response.StatusCode = status;
            context.Response.AddHeader("Location", location);
            context.Response.Close();
            return Task.CompletedTask;
        };

    public void Slow(string path, TimeSpan delay, byte[] content) =>
        _routes[path] = async (context, token) =>
        {
            await Task.Delay(delay, token);
            await context.Response.OutputStream.WriteAsync(content, token);
            context.Response.Close();
        };

    /// <summary>Sends zeros until the client hangs up or <paramref name="total"/> bytes are out, with or without a Content-Length.</summary>
    public void Endless(string path, long total, bool declareLength) =>
        _routes[path] = async (context, token) =>
        {
            if (declareLength)
            {
                context.Response.ContentLength64 = total;
            }
            else
            {
                context.Response.SendChunked = true;
            }

            var block = new byte[64 * 1024];
            for (long sent = 0; sent < total; sent += block.Length)
            {
                await context.Response.OutputStream.WriteAsync(block, token);
                Interlocked.Add(ref _bytesWritten, block.Length);
            }

            context.Response.Close();
        };

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stop.Cancel();
        LoopbackHttpListener.Stop(_listener);
        _loop.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            Requests.Enqueue((path, context.Request.Headers["If-None-Match"]));
            var respond = _routes.TryGetValue(path, out var route) ? route : (c, _) =>
            {
                c.Response.StatusCode = 404;
                c.Response.Close();
                return Task.CompletedTask;
            };

            _ = Task.Run(async () =>
            {
                try
                {
                    await respond(context, _stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
                {
                    context.Response.Abort();
                }
            });
        }
    }
}
