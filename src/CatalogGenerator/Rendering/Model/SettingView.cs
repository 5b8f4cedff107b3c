namespace FleetCatalog.Rendering.Model;

/// <summary>A fleet variable a deploy creates, with its default: the proof that the project works by default.</summary>
/// <param name="Kind">"Environment variable" or "Configuration variable" (for balenaOS).</param>
/// <param name="Default">The value the fleet gets, exactly as balena reads it; null when there is none.</param>
/// <param name="MustSet">True when there is no usable default, so the maker has to set it ("you must set this").</param>
internal sealed record SettingView(string Name, string Kind, string? Default, bool MustSet);
