using System.Collections.Concurrent;

namespace FleetCatalog.Sources.Network;

/// <summary>
/// Stops asking a host that keeps failing: after <see cref="Threshold"/> failures in a row (timeouts, refused or
/// reset connections, names that do not resolve) the host is left alone for the rest of the build, so an outage
/// costs a few timeouts rather than one per project. A success in between starts the count again.
/// Safe to use from many tasks at once; one instance per build and kind of traffic.
/// </summary>
internal sealed class HostBreaker(int threshold = HostBreaker.DefaultThreshold)
{
    public const int DefaultThreshold = 3;

    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public int Threshold { get; } = Math.Max(1, threshold);

    /// <summary>The last failure's cause when <paramref name="host"/> is no longer asked; null while it still is.</summary>
    public string? OpenBecause(string host) =>
        _hosts.TryGetValue(host, out var state) && state.Open ? state.LastCause : null;

    public void RecordSuccess(string host)
    {
        if (_hosts.TryGetValue(host, out var state))
        {
            state.Succeeded();
        }
    }

    /// <returns>True when this failure is the one that stops further attempts.</returns>
    public bool RecordFailure(string host, string cause) => _hosts.GetOrAdd(host, _ => new HostState()).Failed(cause, Threshold);

    /// <summary>The words used wherever a host was skipped: "not tried again after 3 failures in a row (cause)".</summary>
    public string Skipped(string cause) => $"not tried again after {Threshold} {(Threshold == 1 ? "failure" : "failures")} in a row this build ({cause})";

    private sealed class HostState
    {
        private readonly Lock _lock = new();
        private int _failures;

        public bool Open { get; private set; }

        public string? LastCause { get; private set; }

        public void Succeeded()
        {
            lock (_lock)
            {
                if (!Open)
                {
                    _failures = 0;
                }
            }
        }

        public bool Failed(string cause, int threshold)
        {
            lock (_lock)
            {
                LastCause = cause;
                if (Open || ++_failures < threshold)
                {
                    return false;
                }

                Open = true;
                return true;
            }
        }
    }
}
