namespace FleetCatalog.Sources.Entries;

/// <summary>How much a maker needs to know to get the project working, as the entry's editor judges it.</summary>
internal enum Difficulty
{
    Beginner,
    Intermediate,
    Advanced,
}
