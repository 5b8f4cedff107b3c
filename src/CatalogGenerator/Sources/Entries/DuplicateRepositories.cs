using FleetCatalog.Diagnostics;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// CAT608: one repository, one entry. Repositories are compared by what they name, not how they are
/// spelt (<c>git@github.com:O/R.git</c> is <c>https://github.com/o/r</c>), so a second entry added under an
/// old or differently written URL is caught. A fork under another owner is a different repository here.
/// </summary>
internal static class DuplicateRepositories
{
    /// <summary>Each entry (after the first, in the order given) whose repository an earlier entry already lists.</summary>
    public static IReadOnlyList<(CatalogEntry Entry, Diagnostic Diagnostic)> Find(IEnumerable<CatalogEntry> entries)
    {
        var first = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        var duplicates = new List<(CatalogEntry, Diagnostic)>();
        foreach (var entry in entries)
        {
            var identity = EntryRepository.Identity(entry.Repository);
            if (!first.TryGetValue(identity, out var earlier))
            {
                first[identity] = entry;
                continue;
            }

            var spelt = entry.Repository == earlier.Repository ? string.Empty : $" (written there as '{earlier.Repository}')";
            duplicates.Add((entry, DiagnosticCodes.EntryDuplicateRepository.Create(
                $"repository '{entry.Repository}' is already listed by '{earlier.File}'{spelt}; a project has one entry, so remove this one or merge the two",
                entry.File, entry.SpanOf("repository"))));
        }

        return duplicates;
    }
}
