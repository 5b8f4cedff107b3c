namespace FleetCatalog.Sources.Git;

/// <summary>What went wrong, for a maker (<see cref="Message"/>) and for the logs (<see cref="StderrTail"/>, git's own words).</summary>
internal sealed record GitFailure(GitFailureKind Kind, string Message, string StderrTail)
{
    public override string ToString() => $"{Kind}: {Message}";
}
