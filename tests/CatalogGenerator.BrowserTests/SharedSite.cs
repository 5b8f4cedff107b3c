namespace FleetCatalog.BrowserTests;

/// <summary>Every browser test shares one built site, server and browser (built once per run).</summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
