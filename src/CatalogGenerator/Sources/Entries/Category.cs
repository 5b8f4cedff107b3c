namespace FleetCatalog.Sources.Entries;

/// <summary>One of the catalog's categories from site/categories.yml.</summary>
/// <param name="Slug">What entries write in <c>category:</c> and the category page's address.</param>
/// <param name="Name">How the site shows it ("Home automation").</param>
/// <param name="Description">One line saying what belongs in it.</param>
internal sealed record Category(string Slug, string Name, string Description);
