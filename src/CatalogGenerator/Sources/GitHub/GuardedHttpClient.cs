using System.Net;
using FleetCatalog.Sources.Network;
using Octokit;
using Octokit.Internal;

namespace FleetCatalog.Sources.GitHub;

/// <summary>
/// The layer that actually sends: honours the shared <see cref="RateLimitGate"/>, caps concurrent requests,
/// bounds each request by the timeout, counts what went out, retries a rate-limited request once when the
/// limit lifts within the allowed wait, retries server errors and dropped connections a few times with a short
/// pause, and stops asking at all once GitHub failed several times in a row (<see cref="HostBreaker"/>).
/// </summary>
internal sealed class GuardedHttpClient(IHttpClient inner, RateLimitGate gate, GitHubRequestCounters counters, GitHubMetadataOptions options, HostBreaker breaker)
    : IHttpClient
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.MaxConcurrentRequests));
    private readonly string _host = options.ApiUrl.Authority;

    public async Task<IResponse> Send(IRequest request, CancellationToken cancellationToken, Func<object, object>? preprocessResponseBody = null)
    {
        var scope = GitHubCallScope.Current;
        var callerToken = scope?.CancellationToken ?? CancellationToken.None;
        var refused = 0;
        for (var retry = 0; ; retry++)
        {
            if (breaker.OpenBecause(_host) is { } cause)
            {
                throw new GitHubSkippedException(breaker.Skipped(cause));
            }

            IResponse response;
            RateLimitSignal signal;
            try
            {
                (response, signal) = await SendOnceAsync(request, preprocessResponseBody, callerToken, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException && !callerToken.IsCancellationRequested)
            {
                // A dropped or refused connection may be a blip; a timeout already cost the whole budget once.
                if (e is HttpRequestException && retry < options.Retries)
                {
                    await PauseAsync(retry, callerToken);
                    continue;
                }

                breaker.RecordFailure(_host, e.Message);
                throw;
            }

            var notModified = RateLimitSignal.IsNotModified(response);
            counters.RecordSent(notModified);
            scope?.RecordSent(notModified);
            if (response.StatusCode >= HttpStatusCode.InternalServerError)
            {
                if (retry < options.Retries)
                {
                    await PauseAsync(retry, callerToken);
                    continue;
                }

                breaker.RecordFailure(_host, $"answered {(int)response.StatusCode}");
                return response;
            }

            breaker.RecordSuccess(_host);
            if (!signal.Refused)
            {
                return response;
            }

            var resetAt = signal.ClosedUntil ?? gate.Now;
            if (++refused > 1 || !gate.CanWaitFor(resetAt))
            {
                throw new GitHubRateLimitedException(resetAt, signal.Secondary);
            }
        }
    }

    private Task PauseAsync(int retry, CancellationToken cancellationToken) =>
        Task.Delay(options.RetryDelay * (retry + 1), cancellationToken);

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
            bounded.CancelAfter(options.RequestTimeout);
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
            throw new TimeoutException(BoundedResponseHandler.NoAnswer(options.RequestTimeout), e);
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
