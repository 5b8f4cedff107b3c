namespace FleetCatalog.Rendering.Model;

/// <summary>A board a project supports, as its guide lists it.</summary>
/// <param name="Url">The board's page (<c>/devices/&lt;slug&gt;/</c>).</param>
/// <param name="IsDefault">True for the board the deploy button preselects.</param>
/// <param name="Status">The support status slug: <c>supported</c>, <c>pending-discontinuation</c>, <c>discontinued</c>, <c>unlisted</c>.</param>
/// <param name="StatusNote">A short note when the status matters (e.g. "Discontinued"), else empty.</param>
internal sealed record BoardChoiceView(string Slug, string Name, string Url, bool IsDefault, string Status = "supported", string StatusNote = "");
