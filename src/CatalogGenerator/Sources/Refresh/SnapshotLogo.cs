namespace FleetCatalog.Sources.Refresh;

/// <summary>The project's logo as stored in the cache (<c>logos/files/&lt;sha256&gt;.&lt;ext&gt;</c>).</summary>
internal sealed record SnapshotLogo(string Url, string FileName, string Format, int Width, int Height);
