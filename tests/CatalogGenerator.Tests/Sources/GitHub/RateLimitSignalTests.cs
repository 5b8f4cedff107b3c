using System.Net;
using FleetCatalog.Sources.GitHub;
using Octokit;

namespace FleetCatalog.Tests.Sources.GitHub;

public sealed class RateLimitSignalTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_answer_that_spends_the_last_request_closes_without_being_a_refusal()
    {
        var signal = RateLimitSignal.Read(Answer(200, "{}", ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", "1735736400")), Now);

        Assert.False(signal.Refused);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1735736400), signal.ClosedUntil);
    }

    [Fact]
    public void An_answer_with_quota_left_says_nothing()
    {
        var signal = RateLimitSignal.Read(Answer(200, "{}", ("X-RateLimit-Remaining", "59"), ("X-RateLimit-Reset", "1735736400")), Now);

        Assert.Equal(new RateLimitSignal(null, false, false), signal);
    }

    [Fact]
    public void A_403_with_no_quota_left_is_the_primary_limit_until_the_reset()
    {
        var signal = RateLimitSignal.Read(Answer(403, "{}", ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "1735736400")), Now);

        Assert.Equal(new RateLimitSignal(DateTimeOffset.FromUnixTimeSeconds(1735736400), true, false), signal);
    }

    [Fact]
    public void Retry_after_in_seconds_or_as_a_date_is_a_secondary_limit()
    {
        var seconds = RateLimitSignal.Read(Answer(403, "{}", ("Retry-After", "30"), ("X-RateLimit-Remaining", "12")), Now);
        var date = RateLimitSignal.Read(Answer(429, "{}", ("Retry-After", "Wed, 01 Jan 2025 12:05:00 GMT")), Now);

        Assert.Equal(new RateLimitSignal(Now.AddSeconds(30), true, true), seconds);
        Assert.Equal(new RateLimitSignal(Now.AddMinutes(5), true, true), date);
    }

    [Fact]
    public void A_secondary_limit_message_without_retry_after_waits_a_minute()
    {
        var signal = RateLimitSignal.Read(Answer(403, "{\"message\":\"You have exceeded a secondary rate limit.\"}"), Now);

        Assert.Equal(new RateLimitSignal(Now.AddMinutes(1), true, true), signal);
    }

    [Fact]
    public void A_plain_403_is_not_a_rate_limit()
    {
        var signal = RateLimitSignal.Read(Answer(403, "{\"message\":\"Repository access blocked\"}", ("X-RateLimit-Remaining", "4999")), Now);

        Assert.False(signal.Refused);
        Assert.Null(signal.ClosedUntil);
    }

    private static TestResponse Answer(int status, string body, params (string Name, string Value)[] headers) =>
        new((HttpStatusCode)status, body, headers.ToDictionary(h => h.Name, h => h.Value));

    private sealed class TestResponse(HttpStatusCode status, string body, Dictionary<string, string> headers) : IResponse
    {
        public object Body => body;

        public IReadOnlyDictionary<string, string> Headers => headers;

        public ApiInfo ApiInfo => new(new Dictionary<string, Uri>(), [], [], null, new RateLimit(), TimeSpan.Zero);

        public HttpStatusCode StatusCode => status;

        public string ContentType => "application/json";
    }
}
