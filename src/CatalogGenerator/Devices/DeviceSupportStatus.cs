namespace FleetCatalog.Devices;

/// <summary>Where a board stands in balena's support list.</summary>
internal enum DeviceSupportStatus
{
    /// <summary>Listed on balena's supported devices page.</summary>
    Supported,

    /// <summary>Announced for discontinuation on a date; still works until then.</summary>
    PendingDiscontinuation,

    /// <summary>No new balenaOS releases; do not start new projects on it.</summary>
    Discontinued,

    /// <summary>A valid device type that balena's docs do not list (legacy, community or very new).</summary>
    Unlisted,
}
