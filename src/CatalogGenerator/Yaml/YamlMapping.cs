using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Yaml;

/// <summary>A mapping in source order. Duplicate keys were already reported and dropped by the reader.</summary>
internal sealed record YamlMapping(ImmutableArray<YamlEntry> Entries, SourceSpan Span) : YamlNode(Span)
{
    public override string Kind => "a mapping";

    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Name, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    public YamlNode? this[string key] => Find(key)?.Value;
}
