using FleetCatalog.Diagnostics;

namespace FleetCatalog.Yaml;

/// <param name="Value">The text exactly as YAML reads it (quotes removed, escapes applied).</param>
/// <param name="Tag">An explicit tag such as <c>!!str</c>, or null.</param>
internal sealed record YamlScalar(string Value, YamlScalarStyle Style, string? Tag, SourceSpan Span) : YamlNode(Span)
{
    public override string Kind => "text";

    /// <summary>True when YAML decides the type from the text (plain and untagged): <c>yes</c>, <c>0x10</c>, <c>null</c>.</summary>
    public bool IsImplicitlyTyped => Style == YamlScalarStyle.Plain && Tag is null;

    /// <summary>The value as a YAML 1.2 (core schema) parser such as js-yaml hands it to a program.</summary>
    public ResolvedScalar Resolve() => YamlScalarResolver.Resolve(this);
}
