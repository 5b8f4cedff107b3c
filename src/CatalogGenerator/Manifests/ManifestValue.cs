using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Manifests;

/// <summary>A scalar from the manifest: the string balena gets (<see cref="Text"/>, null for YAML null) and its source node.</summary>
internal sealed record ManifestValue(string? Text, YamlScalar Node)
{
    public SourceSpan Span => Node.Span;

    /// <summary>The text as written in the file, before YAML typing (<c>0x4444</c>, not <c>17476</c>).</summary>
    public string Raw => Node.Value;

    /// <summary><see cref="Text"/> as pages, feeds and JSON show it: without invisible characters (<see cref="VisibleText.Clean"/>).</summary>
    public string? Shown => Text is null ? null : VisibleText.Clean(Text);

    public static ManifestValue From(YamlScalar scalar) => new(scalar.Resolve().Text, scalar);
}
