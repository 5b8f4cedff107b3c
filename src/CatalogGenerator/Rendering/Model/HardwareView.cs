namespace FleetCatalog.Rendering.Model;

/// <summary>Something needed besides the board, from the catalog entry.</summary>
/// <param name="Optional">True when the project works without it.</param>
internal sealed record HardwareView(string Name, int Quantity, bool Optional);
