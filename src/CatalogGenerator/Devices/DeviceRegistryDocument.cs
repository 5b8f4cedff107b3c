namespace FleetCatalog.Devices;

/// <summary>The whole device-type data file: where its facts come from, when it was refreshed, and its boards.</summary>
internal sealed record DeviceRegistryDocument(string Source, DateOnly Updated, IReadOnlyList<DeviceType> DeviceTypes);
