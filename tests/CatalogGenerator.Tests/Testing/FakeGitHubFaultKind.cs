namespace FleetCatalog.Tests.Testing;

internal enum FakeGitHubFaultKind
{
    RateLimit,
    SecondaryRateLimit,
    ServerError,
    Slow,
    Hang,
    Trickle,
    RateLimitAgain,
}
