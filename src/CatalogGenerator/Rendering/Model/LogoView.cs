namespace FleetCatalog.Rendering.Model;

/// <summary>A project's logo as served by the site (never hot-linked), with its size so the page does not jump.</summary>
/// <param name="Url">Site-relative <c>href</c> of the copied file.</param>
/// <param name="Alt">Text for screen readers; empty when the logo sits beside the project's name (decorative).</param>
internal sealed record LogoView(string Url, int Width, int Height, string Alt = "");
