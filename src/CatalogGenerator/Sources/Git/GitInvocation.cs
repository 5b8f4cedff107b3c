namespace FleetCatalog.Sources.Git;

/// <summary>
/// One git process to run: its arguments (never through a shell), where, until when, and, for fetches,
/// how to measure what it has written so far and how much it may write.
/// </summary>
internal sealed record GitInvocation(IReadOnlyList<string> Arguments, string WorkingDirectory, DateTime Deadline)
{
    public Func<long>? MeasureBytes { get; init; }

    /// <summary>The limit for <see cref="MeasureBytes"/> and for the characters read from stdout.</summary>
    public long MaxBytes { get; init; } = long.MaxValue;
}
