namespace FleetCatalog.Rendering.Model;

/// <summary>A board (balena device type) on the boards pages and the home page.</summary>
/// <param name="ArchitectureLabel">In plain words, e.g. "64-bit ARM (aarch64)".</param>
/// <param name="Status">The slug: <c>supported</c>, <c>pending-discontinuation</c>, <c>discontinued</c>, <c>unlisted</c>.</param>
/// <param name="StatusText">A sentence for makers, e.g. "Discontinued: no new balenaOS releases."</param>
/// <param name="ProjectCount">How many catalog projects list it.</param>
internal sealed record BoardView(
    string Slug,
    string Name,
    string Url,
    string Architecture,
    string ArchitectureLabel,
    string Status,
    string StatusLabel,
    string StatusText,
    int ProjectCount);
