namespace FleetCatalog.Sources.GitHub;

/// <summary>
/// The rate-limit state shared by every lookup of one build: once GitHub says the quota is gone (or to slow
/// down), nothing is sent before the reset. Lookups wait when the reset is within the allowed wait, and
/// give up at once otherwise, so a long reset degrades the build instead of stalling or hammering.
/// </summary>
internal sealed class RateLimitGate(TimeSpan maxWait, TimeProvider time)
{
    // Reset times come in whole seconds; waking a moment late avoids asking a moment early.
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(100);
    private readonly Lock _lock = new();
    private DateTimeOffset _closedUntil = DateTimeOffset.MinValue;
    private bool _secondary;

    public DateTimeOffset Now => time.GetUtcNow();

    public void CloseUntil(DateTimeOffset until, bool secondary)
    {
        lock (_lock)
        {
            if (until > _closedUntil)
            {
                _closedUntil = until;
                _secondary = secondary;
            }
        }
    }

    public bool IsOpen
    {
        get
        {
            lock (_lock)
            {
                return _closedUntil <= Now;
            }
        }
    }

    public bool CanWaitFor(DateTimeOffset until) => until - Now <= maxWait;

    /// <summary>Returns when requests may be sent; throws <see cref="GitHubRateLimitedException"/> when that is too far off.</summary>
    public async Task WaitUntilOpenAsync(CancellationToken cancellationToken)
    {
        var deadline = Now + maxWait;
        while (true)
        {
            DateTimeOffset until;
            bool secondary;
            lock (_lock)
            {
                (until, secondary) = (_closedUntil, _secondary);
            }

            var now = Now;
            if (until <= now)
            {
                return;
            }

            if (until > deadline)
            {
                throw new GitHubRateLimitedException(until, secondary);
            }

            await Task.Delay(until - now + Margin, time, cancellationToken);
        }
    }
}
