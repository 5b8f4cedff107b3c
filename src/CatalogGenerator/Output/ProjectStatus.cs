namespace FleetCatalog.Output;

/// <summary>A project's standing in the catalog, as its badge and catalog.json show it.</summary>
internal enum ProjectStatus
{
    /// <summary>Fetched and validated without warnings or errors: it works by default.</summary>
    Ok,

    /// <summary>Deployable, with warnings worth fixing.</summary>
    Warnings,

    /// <summary>Validation found errors: a deploy would fail or need typing in first.</summary>
    Failing,

    /// <summary>The last fetch failed; the catalog shows the last good snapshot.</summary>
    Stale,
}
