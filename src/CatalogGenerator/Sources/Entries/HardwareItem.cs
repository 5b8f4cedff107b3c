namespace FleetCatalog.Sources.Entries;

/// <summary>Something a maker needs besides the board itself (a HAT, a sensor, a speaker).</summary>
/// <param name="Optional">True when the project works without it and it only adds a feature.</param>
internal sealed record HardwareItem(string Name, int Quantity, bool Optional);
