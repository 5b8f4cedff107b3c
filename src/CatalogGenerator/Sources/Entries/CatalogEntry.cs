using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Sources.Entries;

/// <summary>
/// One <c>projects/&lt;slug&gt;.yml</c>: which repository holds the project and what the catalog's editors say
/// about it. Optional values the entry leaves out are null (or the documented default for the two paths).
/// </summary>
/// <param name="Slug">The file name without <c>.yml</c>; the project's address on the site.</param>
/// <param name="File">Where the entry is, as diagnostics name it: <c>projects/&lt;slug&gt;.yml</c>.</param>
/// <param name="Repository">The git URL as written (trimmed); any URL git clones, including <c>file://</c>.</param>
/// <param name="Ref">Branch, tag or commit; null for the repository's default branch.</param>
/// <param name="ManifestPath">The manifest's path inside the repository, forward slashes (default <c>balena.yml</c>).</param>
/// <param name="GuidePath">The Markdown shown as the project's guide (default <c>README.md</c>).</param>
/// <param name="Category">A slug from <c>site/categories.yml</c>, or null.</param>
/// <param name="Allow">Waivers by diagnostic code; only codes that may be waived (see <see cref="Waivers.CanWaive"/>).</param>
/// <param name="Root">The entry as read, for positions of its values.</param>
internal sealed record CatalogEntry(
    string Slug,
    string File,
    string Repository,
    string? Ref,
    string ManifestPath,
    string GuidePath,
    string? Category,
    Difficulty? Difficulty,
    TimeSpan? Duration,
    ImmutableArray<HardwareItem> Hardware,
    ImmutableArray<string> Tags,
    ImmutableDictionary<string, Waiver> Allow,
    YamlMapping Root)
{
    public const string DefaultManifestPath = "balena.yml";

    public const string DefaultGuidePath = "README.md";

    /// <summary>Where <paramref name="key"/>'s value is written, or the whole file when the key is absent.</summary>
    public SourceSpan SpanOf(string key) => Root[key]?.Span ?? SourceSpan.None;
}
