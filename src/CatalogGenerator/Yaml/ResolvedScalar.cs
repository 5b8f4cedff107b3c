namespace FleetCatalog.Yaml;

/// <param name="Text">
/// What a program that reads the YAML and turns the value into a string gets: <c>0x4444</c> gives
/// <c>17476</c>, <c>True</c> gives <c>true</c>, <c>null</c> gives null.
/// </param>
internal sealed record ResolvedScalar(ScalarKind Kind, string? Text);
