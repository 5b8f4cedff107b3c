using System.Globalization;
using System.Net;
using Octokit;

namespace FleetCatalog.Sources.GitHub;

/// <summary>What an answer says about the rate limit: when to stop sending, and whether it was a refusal.</summary>
/// <param name="ClosedUntil">Send nothing before this (null: no reason to hold back).</param>
/// <param name="Refused">GitHub refused this request because of a limit (403/429).</param>
/// <param name="Secondary">The refusal was the "slow down" limit rather than the hourly quota.</param>
internal sealed record RateLimitSignal(DateTimeOffset? ClosedUntil, bool Refused, bool Secondary)
{
    // GitHub's advice when a secondary limit gives no Retry-After.
    private static readonly TimeSpan SecondaryDefault = TimeSpan.FromMinutes(1);

    public static RateLimitSignal Read(IResponse response, DateTimeOffset now)
    {
        var remaining = HttpHeaders.FindNumber(response, "X-RateLimit-Remaining");
        var reset = HttpHeaders.FindNumber(response, "X-RateLimit-Reset") is { } seconds
            ? DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799))
            : (DateTimeOffset?)null;
        DateTimeOffset? exhaustedUntil = remaining == 0 ? reset ?? now + SecondaryDefault : null;

        var status = (int)response.StatusCode;
        if (status is not (403 or 429))
        {
            return new(exhaustedUntil, Refused: false, Secondary: false);
        }

        var retryAfter = RetryAfter(response, now);
        if (remaining == 0)
        {
            return new(Later(exhaustedUntil, retryAfter), Refused: true, Secondary: false);
        }

        if (retryAfter is not null || status == 429 || MentionsSecondaryLimit(response))
        {
            return new(retryAfter ?? now + SecondaryDefault, Refused: true, Secondary: true);
        }

        return new(null, Refused: false, Secondary: false);
    }

    private static DateTimeOffset? RetryAfter(IResponse response, DateTimeOffset now)
    {
        var value = HttpHeaders.Find(response, "Retry-After")?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return now + TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 86_400));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    private static bool MentionsSecondaryLimit(IResponse response) =>
        response.Body is string body
        && (body.Contains("secondary rate limit", StringComparison.OrdinalIgnoreCase)
            || body.Contains("abuse", StringComparison.OrdinalIgnoreCase));

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    public static bool IsNotModified(IResponse response) => response.StatusCode == HttpStatusCode.NotModified;
}
