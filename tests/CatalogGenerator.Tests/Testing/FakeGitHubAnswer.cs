using System.Net;
using System.Text;

namespace FleetCatalog.Tests.Testing;

/// <summary>What <see cref="FakeGitHub"/> decided to send back.</summary>
/// <param name="Delay">How long to wait before the headers (<see cref="Timeout.InfiniteTimeSpan"/>: never answer).</param>
/// <param name="Trickle">When set, the body (with its full Content-Length announced) is sent one byte at a time, this far apart.</param>
internal sealed record FakeGitHubAnswer(int Status, string? Body, Dictionary<string, string> Headers, TimeSpan Delay, TimeSpan Trickle = default)
{
    public async Task WriteAsync(HttpListenerResponse response, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        response.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        var bytes = Body is null ? [] : Encoding.UTF8.GetBytes(Body);
        if (Body is not null)
        {
            response.ContentType = "application/json; charset=utf-8";
        }

        response.ContentLength64 = bytes.Length;
        if (Trickle > TimeSpan.Zero)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                await response.OutputStream.WriteAsync(bytes.AsMemory(i, 1), cancellationToken);
                await response.OutputStream.FlushAsync(cancellationToken);
                await Task.Delay(Trickle, cancellationToken);
            }
        }
        else
        {
            await response.OutputStream.WriteAsync(bytes, cancellationToken);
        }

        response.Close();
    }
}
