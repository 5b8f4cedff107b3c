using System.Collections.Immutable;

namespace FleetCatalog.Devices;

/// <summary>
/// One device type as balena's API describes it. The API knows names, architectures and aliases, but
/// nothing about support status: that lives only in balena's docs.
/// </summary>
/// <param name="Architecture">balena's CPU architecture slug, as sent (it may be one this tool does not know yet).</param>
/// <param name="Aliases">Other names for the board, without the slug itself (the API lists the slug as an alias too).</param>
/// <param name="Hdmi">From the device type's contract, when the API sent one.</param>
internal sealed record ApiDeviceType(
    string Slug,
    string Name,
    string Architecture,
    ImmutableArray<string> Aliases,
    bool IsPrivate = false,
    bool? Hdmi = null,
    bool? Wifi = null,
    bool? Bluetooth = null);
