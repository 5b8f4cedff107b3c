using FleetCatalog.Diagnostics;

namespace FleetCatalog.Yaml;

/// <summary>
/// A node of a parsed YAML document with its source position. Aliases are resolved to the anchored
/// node itself (shared, never copied), so an alias-heavy document stays as small as its text.
/// </summary>
internal abstract record YamlNode(SourceSpan Span)
{
    /// <summary>What the node is, as a user would name it in a message ("a list", "a mapping", "text").</summary>
    public abstract string Kind { get; }
}
