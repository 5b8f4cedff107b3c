namespace FleetCatalog.Rendering.Model;

/// <summary>A search filter: <paramref name="Key"/> is the Pagefind filter and the URL parameter (<c>board</c>, <c>category</c>…).</summary>
/// <param name="Open">Shown unfolded on wide screens (short lists); long lists such as boards start folded.</param>
internal sealed record SearchFilterView(string Key, string Label, IReadOnlyList<string> Values, bool Open);
