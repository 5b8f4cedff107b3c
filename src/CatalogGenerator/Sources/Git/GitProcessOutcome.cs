namespace FleetCatalog.Sources.Git;

/// <summary>How a git process ended.</summary>
internal enum GitProcessOutcome
{
    /// <summary>It exited by itself; see the exit code.</summary>
    Exited,

    /// <summary>It ran past its deadline and was killed with all its children.</summary>
    TimedOut,

    /// <summary>It wrote more than allowed (to disk or to stdout) and was killed with all its children.</summary>
    TooLarge,

    /// <summary>The git executable could not be started.</summary>
    Missing,
}
