namespace FleetCatalog.Devices;

/// <summary>One field of one board that a refresh changed, as text for the summary.</summary>
internal sealed record DeviceTypeChange(string Slug, string Before, string After);
