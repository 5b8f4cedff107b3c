using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Yaml;

internal sealed record YamlSequence(ImmutableArray<YamlNode> Items, SourceSpan Span) : YamlNode(Span)
{
    public override string Kind => "a list";
}
