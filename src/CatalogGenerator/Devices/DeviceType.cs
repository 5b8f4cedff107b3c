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
    bool? Bluetooth = null)
{
    /// <summary>
    /// The board as it stands on <paramref name="day"/>: a discontinuation announced for that day or earlier has
    /// happened, so it is <see cref="DeviceSupportStatus.Discontinued"/> (the date kept, to say since when).
    /// </summary>
    public DeviceType AsOf(DateOnly day) =>
        Status == DeviceSupportStatus.PendingDiscontinuation && DiscontinuationDate <= day ? this with { Status = DeviceSupportStatus.Discontinued } : this;
}
