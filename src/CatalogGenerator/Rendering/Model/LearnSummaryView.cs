namespace FleetCatalog.Rendering.Model;

/// <summary>A learn page in a list (the learn index, learning paths on the home page).</summary>
/// <param name="Difficulty">"Beginner", "Intermediate", "Advanced", or null.</param>
internal sealed record LearnSummaryView(string Title, string Summary, string Url, string? Difficulty);
