using System.Collections.Immutable;

namespace FleetCatalog.Devices;

/// <summary>One balena device type: a board a fleet can target.</summary>
/// <param name="DiscontinuationDate">For <see cref="DeviceSupportStatus.PendingDiscontinuation"/>, when it takes effect.</param>
internal sealed record DeviceType(
    string Slug,
    string Name,
    DeviceArchitecture Architecture,
    ImmutableArray<string> Aliases,
    DeviceSupportStatus Status,
    DateOnly? DiscontinuationDate = null,
    bool? Hdmi = null,
    bool? Wifi = null,
    bool? Bluetooth = null);
