using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace FleetCatalog.Tests.Testing;

/// <summary>
/// A loopback TCP server that accepts connections and never answers: <c>git://127.0.0.1:PORT/x</c> against it
/// hangs until the client gives up. Records when each client closes its end, to prove a client was stopped.
/// </summary>
internal sealed class SilentTcpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentBag<TaskCompletionSource> connections = [];

    public SilentTcpServer()
    {
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>A git:// URL on this server.</summary>
    public string GitUrl => $"git://127.0.0.1:{Port}/silent/repo";

    public int Accepted => connections.Count;

    /// <summary>True when every client that connected has closed its connection within <paramref name="within"/>.</summary>
    public async Task<bool> AllClientsClosedAsync(TimeSpan within)
    {
        var all = Task.WhenAll(connections.Select(c => c.Task));
        return await Task.WhenAny(all, Task.Delay(within)) == all;
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                connections.Add(closed);
                _ = DrainAsync(client, closed);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task DrainAsync(TcpClient client, TaskCompletionSource closed)
    {
        using (client)
        {
            var buffer = new byte[4096];
            try
            {
                var stream = client.GetStream();
                while (await stream.ReadAsync(buffer, stop.Token) > 0)
                {
                    // Read what the client says; never reply.
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // Closed by either side.
            }
        }

        closed.TrySetResult();
    }
}
