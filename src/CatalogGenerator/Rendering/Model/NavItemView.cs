namespace FleetCatalog.Rendering.Model;

/// <summary>An entry of the site's main navigation.</summary>
/// <param name="Section">Matched against <see cref="PageMeta.Section"/> to mark the current entry (<c>aria-current</c>).</param>
internal sealed record NavItemView(string Label, string Url, string Section);
