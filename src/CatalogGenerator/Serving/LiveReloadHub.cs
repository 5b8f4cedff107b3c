using System.Globalization;
using System.Threading.Channels;

namespace FleetCatalog.Serving;

/// <summary>
/// The pages connected to <c>/__catalog/events</c>, and what they are told: every open page gets each event.
/// A page that connects after a failed rebuild hears about the failure at once, so a reload keeps the banner.
/// </summary>
/// <param name="building">Whether there is no site yet (<c>catalog serve</c> before its first build): until the first
/// <see cref="Reload"/>, pages are answered with <see cref="BuildingPage"/>.</param>
internal sealed class LiveReloadHub(bool building = false)
{
    private readonly Lock _lock = new();
    private readonly HashSet<Channel<LiveReloadEvent>> _clients = [];
    private LiveReloadEvent? _failure;
    private bool _closed;
    private bool _building = building;

    /// <summary>True until the first build is live.</summary>
    public bool Building
    {
        get { lock (_lock) { return _building; } }
    }

    /// <summary>How many pages are listening.</summary>
    public int Clients
    {
        get { lock (_lock) { return _clients.Count; } }
    }

    /// <summary>The site was (re)built: every page reloads.</summary>
    public void Reload()
    {
        // Before the event: a page that reloads on it must get the site, not the building page again.
        lock (_lock)
        {
            _failure = null;
            _building = false;
        }

        Publish(new LiveReloadEvent(LiveReloadEvent.Reload, "{}"));
    }

    /// <summary>A rebuild failed with <paramref name="errors"/> errors; the pages show it and keep the last good site.</summary>
    public void Failed(int errors)
    {
        var failure = new LiveReloadEvent(LiveReloadEvent.Failed, string.Create(CultureInfo.InvariantCulture, $"{{\"errors\":{errors}}}"));
        lock (_lock)
        {
            _failure = failure;
        }

        Publish(failure);
    }

    /// <summary>A new listener; null once the hub is closed.</summary>
    public ChannelReader<LiveReloadEvent>? Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<LiveReloadEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            unsubscribe = () => { lock (_lock) { _clients.Remove(channel); } };
            if (_closed)
            {
                return null;
            }

            _clients.Add(channel);
            if (_failure is not null)
            {
                channel.Writer.TryWrite(_failure);
            }
        }

        return channel.Reader;
    }

    /// <summary>Ends every event stream (the server is stopping), so no connection holds the shutdown up.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }

            _clients.Clear();
        }
    }

    private void Publish(LiveReloadEvent message)
    {
        lock (_lock)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }
}
