using System.Net;

namespace FleetCatalog.Tests.Testing;

/// <summary>
/// A way for <see cref="FakeGitHub"/> to misbehave, for every repository (<see cref="FakeGitHub.Fault"/>) or
/// one (<see cref="FakeGitHubRepository.Fault"/>). <c>times</c> limits how many requests it spoils;
/// after that the server answers normally again.
/// </summary>
internal sealed class FakeGitHubFault
{
    private int _timesLeft;

    private FakeGitHubFault(FakeGitHubFaultKind kind, int times)
    {
        Kind = kind;
        _timesLeft = times;
    }

    public FakeGitHubFaultKind Kind { get; }

    public DateTimeOffset ResetAt { get; private init; }

    public TimeSpan? RetryAfter { get; private init; }

    public TimeSpan Delay { get; private init; }

    public HttpStatusCode Status { get; private init; } = HttpStatusCode.InternalServerError;

    private bool UntilReset { get; init; }

    /// <summary>403 "API rate limit exceeded" with <c>X-RateLimit-Remaining: 0</c> and this reset; without
    /// <paramref name="times"/> it lasts until the reset time passes.</summary>
    public static FakeGitHubFault RateLimit(DateTimeOffset resetAt, int? times = null) =>
        new(FakeGitHubFaultKind.RateLimit, times ?? int.MaxValue) { ResetAt = WholeSeconds(resetAt), UntilReset = times is null };

    /// <summary>403 "You have exceeded a secondary rate limit", with <c>Retry-After</c> when given.</summary>
    public static FakeGitHubFault SecondaryRateLimit(TimeSpan? retryAfter, int times = int.MaxValue) =>
        new(FakeGitHubFaultKind.SecondaryRateLimit, times) { RetryAfter = retryAfter };

    public static FakeGitHubFault ServerError(int times = int.MaxValue, HttpStatusCode status = HttpStatusCode.InternalServerError) =>
        new(FakeGitHubFaultKind.ServerError, times) { Status = status };

    /// <summary>Answers normally, but only after <paramref name="delay"/>.</summary>
    public static FakeGitHubFault Slow(TimeSpan delay, int times = int.MaxValue) =>
        new(FakeGitHubFaultKind.Slow, times) { Delay = delay };

    /// <summary>Accepts the request and never answers (until the server stops).</summary>
    public static FakeGitHubFault Hang(int times = int.MaxValue) => new(FakeGitHubFaultKind.Hang, times);

    /// <summary>200 with the right Content-Length, then the body one byte every <paramref name="every"/>: about 2 KB, so it takes ages.</summary>
    public static FakeGitHubFault Trickle(TimeSpan every, int times = int.MaxValue) =>
        new(FakeGitHubFaultKind.Trickle, times) { Delay = every };

    /// <summary>403 with the quota used up and a reset <paramref name="resetIn"/> after each request: a limit that keeps coming back.</summary>
    public static FakeGitHubFault RateLimitAgain(TimeSpan resetIn, int times = int.MaxValue) =>
        new(FakeGitHubFaultKind.RateLimitAgain, times) { Delay = resetIn };

    // X-RateLimit-Reset is in whole seconds; rounding up keeps the server from refusing after the reset it announced.
    internal static DateTimeOffset WholeSeconds(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeSeconds((long)Math.Ceiling(time.ToUnixTimeMilliseconds() / 1000.0));

    internal bool TryApply()
    {
        if (UntilReset && DateTimeOffset.UtcNow >= ResetAt)
        {
            return false;
        }

        while (true)
        {
            var left = Volatile.Read(ref _timesLeft);
            if (left <= 0)
            {
                return false;
            }

            if (left == int.MaxValue || Interlocked.CompareExchange(ref _timesLeft, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
