namespace FleetCatalog.BrowserTests;

/// <summary>
/// The pages the page-wide checks (accessibility, layout) run on: one of each kind. The ONE list to extend
/// when a page kind is added.
/// </summary>
public static class SitePages
{
    public static TheoryData<string, string> All { get; } = new()
    {
        { "home", "/" },
        { "catalog", "/projects/" },
        { "project", "/projects/audio/" },
        { "board", "/devices/raspberrypi4-64/" },
        { "learn", "/learn/first-steps/" },
        { "not-found", "/no-such-page/" },
    };
}
