using System.Collections.Immutable;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Yaml;

/// <summary>The document's root node (null when nothing usable could be read) and what went wrong reading it.</summary>
internal sealed record YamlReadResult(YamlNode? Root, ImmutableArray<Diagnostic> Diagnostics);
