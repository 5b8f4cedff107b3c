namespace FleetCatalog.Sources.GitHub;

/// <summary>
/// The rate-limit state shared by every lookup of one build: once GitHub says the quota is gone (or to slow
/// down), nothing is sent before the reset. Lookups wait when the reset is within the allowed wait, and
/// give up at once otherwise, so a long reset degrades the build instead of stalling or hammering. The time the
/// gate stays closed adds up over the build: once it passes <paramref name="maxTotalWait"/>, the gate gives up
/// for good, so a GitHub that keeps answering "wait 10 s" cannot hold a build for the length of the catalog.
/// </summary>
internal sealed class RateLimitGate(TimeSpan maxWait, TimeSpan maxTotalWait, TimeProvider time)
{
    // Reset times come in whole seconds; waking a moment late avoids asking a moment early.
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(100);
    private readonly Lock _lock = new();
    private DateTimeOffset _closedUntil = DateTimeOffset.MinValue;
    private bool _secondary;
    private TimeSpan _closedTotal;
    private bool _givenUp;

    public DateTimeOffset Now => time.GetUtcNow();

    public void CloseUntil(DateTimeOffset until, bool secondary)
    {
        lock (_lock)
        {
            if (until > _closedUntil)
            {
                var from = _closedUntil > Now ? _closedUntil : Now;
                _closedTotal += until > from ? until - from : TimeSpan.Zero;
                _givenUp |= _closedTotal > maxTotalWait;
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

    public bool CanWaitFor(DateTimeOffset until)
    {
        lock (_lock)
        {
            return !_givenUp && until - Now <= maxWait;
        }
    }

    /// <summary>True once the build's total wait is spent.</summary>
    private bool GivenUp
    {
        get
        {
            lock (_lock)
            {
                return _givenUp;
            }
        }
    }

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

            // Once the build's total wait is spent, nothing more is sent, even after a reset: a limit that keeps
            // coming back would otherwise cost one refused request per reset for the rest of the build.
            var now = Now;
            if (GivenUp)
            {
                throw new GitHubRateLimitedException(until, secondary);
            }

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
