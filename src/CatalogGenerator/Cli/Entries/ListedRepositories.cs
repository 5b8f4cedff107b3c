using FleetCatalog.Sources.Entries;

namespace FleetCatalog.Cli.Entries;

/// <summary>The repositories the catalog lists, found by what they name rather than how they are spelt (as CAT608 compares them).</summary>
internal sealed class ListedRepositories(IEnumerable<CatalogEntry> entries)
{
    private readonly Dictionary<string, CatalogEntry> _byIdentity = entries
        .GroupBy(e => EntryRepository.Identity(e.Repository), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The entry that lists <paramref name="repository"/>, in any spelling, or null.</summary>
    public CatalogEntry? Find(string? repository) =>
        repository is null ? null : _byIdentity.GetValueOrDefault(EntryRepository.Identity(repository));
}
