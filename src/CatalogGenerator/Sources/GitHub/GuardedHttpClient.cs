using Octokit;
using Octokit.Internal;

namespace FleetCatalog.Sources.GitHub;

/// <summary>
/// The layer that actually sends: honours the shared <see cref="RateLimitGate"/>, caps concurrent requests,
/// bounds each request by the timeout, counts what went out, and retries a rate-limited request once when
/// the limit lifts within the allowed wait.
/// </summary>
internal sealed class GuardedHttpClient(IHttpClient inner, RateLimitGate gate, GitHubRequestCounters counters, TimeSpan timeout, int maxConcurrent)
    : IHttpClient
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, maxConcurrent));

    public async Task<IResponse> Send(IRequest request, CancellationToken cancellationToken, Func<object, object>? preprocessResponseBody = null)
    {
        var scope = GitHubCallScope.Current;
        var callerToken = scope?.CancellationToken ?? CancellationToken.None;
        for (var attempt = 1; ; attempt++)
        {
            var (response, signal) = await SendOnceAsync(request, preprocessResponseBody, callerToken, cancellationToken);
            var notModified = RateLimitSignal.IsNotModified(response);
            counters.RecordSent(notModified);
            scope?.RecordSent(notModified);
            if (!signal.Refused)
            {
                return response;
            }

            var resetAt = signal.ClosedUntil ?? gate.Now;
            if (attempt > 1 || !gate.CanWaitFor(resetAt))
            {
                throw new GitHubRateLimitedException(resetAt, signal.Secondary);
            }
        }
    }

    private async Task<(IResponse Response, RateLimitSignal Signal)> SendOnceAsync(
        IRequest request, Func<object, object>? preprocessResponseBody, CancellationToken callerToken, CancellationToken octokitToken)
    {
        // Lookups queued for a slot re-check the gate once they have it: the answers they queued behind may
        // have closed it. Each answer is read into the gate before its slot is given up, for the same reason.
        while (true)
        {
            await gate.WaitUntilOpenAsync(callerToken);
            await _slots.WaitAsync(callerToken);
            if (gate.IsOpen)
            {
                break;
            }

            _slots.Release();
        }

        try
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(callerToken, octokitToken);
            bounded.CancelAfter(timeout);
            var response = await inner.Send(request, bounded.Token, preprocessResponseBody!);
            var signal = RateLimitSignal.Read(response, gate.Now);
            if (signal.ClosedUntil is { } until)
            {
                gate.CloseUntil(until, signal.Secondary);
            }

            return (response, signal);
        }
        catch (OperationCanceledException e) when (!callerToken.IsCancellationRequested && !octokitToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {timeout.TotalSeconds:0.#} s", e);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void SetRequestTimeout(TimeSpan timeout) => inner.SetRequestTimeout(timeout);

    public void Dispose()
    {
        inner.Dispose();
        _slots.Dispose();
    }
}
