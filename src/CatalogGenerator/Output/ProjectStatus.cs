namespace FleetCatalog.Output;

/// <summary>A project's standing in the catalog, as its badge and catalog.json show it.</summary>
internal enum ProjectStatus
{
    /// <summary>Fetched, works by default (<see cref="Verdicts.ProjectVerdict"/>) and has no warnings.</summary>
    Ok,

    /// <summary>Works by default, with warnings worth fixing.</summary>
    Warnings,

    /// <summary>Does not work by default (errors, no known board, or a setting to type in first), or could not be fetched.</summary>
    Failing,

    /// <summary>The last fetch failed; the catalog shows the last good snapshot.</summary>
    Stale,
}
