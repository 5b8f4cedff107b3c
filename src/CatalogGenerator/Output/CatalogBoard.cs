namespace FleetCatalog.Output;

/// <summary>A board a project supports.</summary>
/// <param name="Slug">balena's device type slug (<c>raspberrypi4-64</c>).</param>
/// <param name="Name">Its display name ("Raspberry Pi 4 (using 64bit OS)").</param>
/// <param name="Architecture">Its CPU architecture slug (<c>aarch64</c>).</param>
/// <param name="IsDefault">The manifest's defaultDeviceType: what the deploy button preselects.</param>
internal sealed record CatalogBoard(string Slug, string Name, string Architecture, bool IsDefault);
