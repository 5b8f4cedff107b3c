namespace FleetCatalog.Output;

/// <summary>What <see cref="HtmlLinkScanner"/> found in one page: its links and the ids a fragment can target.</summary>
internal sealed record HtmlScan(IReadOnlyList<HtmlLink> Links, IReadOnlySet<string> Ids);
