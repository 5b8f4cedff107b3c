using System.Collections.Immutable;
using System.Text.Json.Serialization;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Output;

/// <summary>
/// One published file: the key of its inputs (null when only its bytes were compared), its bytes' SHA-256, its size
/// and modification time (UTC ticks), what producing it found (a guide's findings; default when none), and for a page
/// or SVG file the hash of its ids as the link check saw them (<see cref="LinkChecker.IdsHash"/>).
/// </summary>
internal sealed record SiteManifestEntry(string? Key, string Hash, long Size, long Modified,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] ImmutableArray<Diagnostic> Findings = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Ids = null);
