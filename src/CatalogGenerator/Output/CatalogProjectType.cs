namespace FleetCatalog.Output;

/// <summary>What a project is: a fleet's whole application, or a block to build one from.</summary>
internal enum CatalogProjectType
{
    App,
    Block,
}
