using System.Threading.Channels;

namespace FleetCatalog.Tests.Cli;

/// <summary>Listens to a server-sent event stream, as a page's EventSource does, and keeps the events' names and data.</summary>
internal sealed class EventStreamListener : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Name, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _loop;

    private EventStreamListener(Uri url) => _loop = Task.Run(() => ListenAsync(url));

    /// <summary>Connects and waits for the server's first bytes, so no event sent afterwards is missed.</summary>
    public static async Task<EventStreamListener> ConnectAsync(Uri url)
    {
        var listener = new EventStreamListener(url);
        await listener._connected.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return listener;
    }

    /// <summary>The next event named <paramref name="name"/> (others are skipped), or a timeout.</summary>
    public async Task<string> NextAsync(string name, TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        while (true)
        {
            var (eventName, data) = await _events.Reader.ReadAsync(wait.Token);
            if (eventName == name)
            {
                return data;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            // Stopped while reading.
        }

        _stop.Dispose();
        _http.Dispose();
    }

    private async Task ListenAsync(Uri url)
    {
        using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
        string? name = null;
        var data = string.Empty;
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            _connected.TrySetResult();
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    _events.Writer.TryWrite((name, data));
                }

                (name, data) = (null, string.Empty);
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }

        _events.Writer.TryComplete();
    }
}
