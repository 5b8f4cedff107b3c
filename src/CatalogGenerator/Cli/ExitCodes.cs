namespace FleetCatalog.Cli;

/// <summary>Process exit codes; scripts and CI depend on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Validation found errors (or warnings, with --warnings-as-errors).</summary>
    public const int Invalid = 1;

    /// <summary>The input could not be read at all: no such path, no manifest, an I/O error.</summary>
    public const int Unreadable = 2;

    /// <summary>
    /// <c>build</c> could not reach the repositories of more than <c>--max-unreachable</c> of the projects, which have
    /// no earlier snapshot to show: nothing was published, so an outage never shrinks the catalog.
    /// </summary>
    public const int Unreachable = 3;
}
