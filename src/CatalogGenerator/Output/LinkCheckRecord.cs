namespace FleetCatalog.Output;

/// <summary>
/// What a link check ran on: the site's base URL, the build of the tool that checked, and the site's list of files
/// (a hash of the paths). A later build whose check would run on the same may check only the pages that changed.
/// </summary>
internal sealed record LinkCheckRecord(string Base, Guid Tool, string Files);
