using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// Reads one <c>projects/&lt;slug&gt;.yml</c>. Each value is checked by its own small class (EntryRepository,
/// EntryCategory, …); a value that is wrong is reported and left at its default. The entry is null only when
/// it cannot name a project at all: no usable repository, a bad file name, or no mapping to read. A non-null
/// entry returned with errors is a best-effort reading for showing what is wrong; do not publish it.
/// </summary>
internal static class CatalogEntryReader
{
    public const string Needs = "a catalog entry needs at least 'repository: https://github.com/OWNER/REPO'";

    public static (CatalogEntry? Entry, ImmutableArray<Diagnostic> Diagnostics) Read(ReadOnlySpan<byte> bytes, string file, CategoryList categories)
    {
        var findings = new FileFindings(file);
        var text = EntryText.Decode(bytes, findings, Needs);
        return text is null ? (null, findings.ToImmutable()) : Read(text, file, categories);
    }

    public static (CatalogEntry? Entry, ImmutableArray<Diagnostic> Diagnostics) Read(string text, string file, CategoryList categories)
    {
        var findings = new FileFindings(file);
        var slug = EntrySlug.Read(file, findings);
        var root = EntryText.Parse(text, findings, Needs);
        if (root is null)
        {
            return (null, findings.ToImmutable());
        }

        if (root is not YamlMapping mapping)
        {
            findings.Add(DiagnosticCodes.EntryWrongValueType, $"a catalog entry must be a mapping of keys such as 'repository:', but this file is {root.Kind}", root.Span);
            return (null, findings.ToImmutable());
        }

        EntryKeys.CheckTopLevel(mapping, findings);
        var repository = EntryRepository.Read(mapping, findings);
        var entry = new CatalogEntry(
            slug ?? string.Empty,
            file,
            repository ?? string.Empty,
            EntryRef.Read(mapping, findings),
            EntryPaths.Read(mapping, "manifest", CatalogEntry.DefaultManifestPath, findings),
            EntryPaths.Read(mapping, "guide", CatalogEntry.DefaultGuidePath, findings),
            EntryCategory.Read(mapping, categories, findings),
            EntryDifficulty.Read(mapping, findings),
            EntryDuration.Read(mapping, findings),
            EntryHardware.Read(mapping, findings),
            EntryTags.Read(mapping, findings),
            EntryWaivers.Read(mapping, findings),
            mapping);
        return (slug is null || repository is null ? null : entry, findings.ToImmutable());
    }
}
