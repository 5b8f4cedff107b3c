namespace FleetCatalog.Rendering.Model;

/// <summary>The status page's totals.</summary>
internal sealed record StatusCountsView(int Projects, int UpToDate, int Stale, int Failed, int WithErrors, int WithWarnings, int WorksByDefault);
