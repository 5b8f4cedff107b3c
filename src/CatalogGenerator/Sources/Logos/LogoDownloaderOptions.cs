namespace FleetCatalog.Sources.Logos;

/// <summary>Limits for one logo download.</summary>
internal sealed record LogoDownloaderOptions
{
    /// <summary>For the whole download: every redirect, the headers and the body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    public int MaxRedirects { get; init; } = 5;

    /// <summary>After this many timeouts or unreachable failures in a row, a host is not asked again this build.</summary>
    public int FailuresBeforeGivingUp { get; init; } = Network.HostBreaker.DefaultThreshold;

    /// <summary>Allow plain http to 127.0.0.1, ::1 or localhost (tests' loopback servers); otherwise https only.</summary>
    public bool AllowInsecureLoopback { get; init; }
}
