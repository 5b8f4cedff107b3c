using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Output;

/// <summary>
/// What the live site was built from, kept beside it (<c>NAME.manifest.json</c>): per file the key of its inputs
/// (when the producer gave one), the SHA-256 of its bytes, and the size and modification time it had when
/// published, so a later build can tell that the file is still the one it wrote (a manifest left stale by a
/// killed build, or a file edited by hand, then simply does not match and the file is written again). It also
/// keeps the site's findings (link check, guides) so a build that changes nothing can report them again, and what its
/// link check ran on (<see cref="LinkCheckRecord"/>), so a build that changes a few pages can check only those.
/// </summary>
internal sealed record SiteManifest(
    int Version,
    ImmutableDictionary<string, SiteManifestEntry> Files,
    ImmutableArray<Diagnostic> Findings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LinkCheckRecord? LinkCheck = null)
{
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static SiteManifest Empty { get; } = new(CurrentVersion, ImmutableDictionary<string, SiteManifestEntry>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase), []);

    public static string PathFor(string targetDirectory) => targetDirectory + ".manifest.json";

    /// <summary>The manifest of the site at <paramref name="targetDirectory"/>, or <see cref="Empty"/> (none, unreadable, another version, no site).</summary>
    public static SiteManifest Load(string targetDirectory)
    {
        var file = PathFor(targetDirectory);
        if (!Directory.Exists(targetDirectory) || !File.Exists(file))
        {
            return Empty;
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<SiteManifest>(File.ReadAllBytes(file), Json);
            return manifest is { Version: CurrentVersion, Files: not null }
                ? manifest with { Files = manifest.Files.WithComparers(StringComparer.OrdinalIgnoreCase), Findings = manifest.Findings.IsDefault ? [] : manifest.Findings }
                : Empty;
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            return Empty;
        }
    }

    /// <summary>Writes the manifest atomically (a temporary file renamed over the old one).</summary>
    public void Save(string targetDirectory)
    {
        var file = PathFor(targetDirectory);
        var temporary = file + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, Json));
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>The same files with other findings.</summary>
    public SiteManifest With(ImmutableArray<Diagnostic> findings) => this with { Findings = findings };

    public static void Delete(string targetDirectory) => File.Delete(PathFor(targetDirectory));
}
