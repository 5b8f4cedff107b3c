using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>Where a finding about a missing key points: at the key when it is there, else at the file's first line.</summary>
internal static class ManifestSpans
{
    public static SourceSpan Top(ProjectManifest manifest, string key) =>
        manifest.Root.Find(key)?.Key.Span ?? SourceSpan.At(1, 1);
}
