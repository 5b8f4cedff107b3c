namespace FleetCatalog.Projects;

/// <summary>A text file of the project. <see cref="Path"/> is relative to what was validated, with forward slashes.</summary>
internal sealed record ProjectFile(string Path, string Text);
