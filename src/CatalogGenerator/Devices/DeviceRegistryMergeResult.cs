using System.Collections.Immutable;

namespace FleetCatalog.Devices;

/// <summary>The refreshed device-type list and what changed, for the summary a maintainer reviews.</summary>
/// <param name="DeviceTypes">The new list, sorted by slug: what the API returned plus the boards it no longer returns.</param>
/// <param name="Added">Boards new to the list; marked unlisted until someone checks balena's docs.</param>
/// <param name="NoLongerReturned">Boards the API did not return; kept, because projects may still name them.</param>
/// <param name="Skipped">Boards whose architecture this tool does not know (After is the API's architecture).</param>
internal sealed record DeviceRegistryMergeResult(
    ImmutableArray<DeviceType> DeviceTypes,
    ImmutableArray<DeviceType> Added,
    ImmutableArray<DeviceType> NoLongerReturned,
    ImmutableArray<DeviceTypeChange> Renamed,
    ImmutableArray<DeviceTypeChange> ArchitectureChanged,
    ImmutableArray<DeviceTypeChange> AliasesChanged,
    ImmutableArray<DeviceTypeChange> HardwareChanged,
    ImmutableArray<DeviceTypeChange> Skipped)
{
    /// <summary>Whether the data file's content changes (boards the API no longer returns are kept, so they do not count).</summary>
    public bool ChangesFile => Added.Length + Renamed.Length + ArchitectureChanged.Length + AliasesChanged.Length + HardwareChanged.Length > 0;
}
