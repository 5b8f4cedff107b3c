using System.Collections.Immutable;
using FleetCatalog.Manifests;
using FleetCatalog.Yaml;

namespace FleetCatalog.Projects.Compose;

/// <summary>One service: a pulled <see cref="Image"/>, or a build from <see cref="BuildContext"/> (relative to the project).</summary>
/// <param name="Name">The service's key; a synthetic one for a single-container project with no compose file.</param>
/// <param name="Dockerfile">The <c>build.dockerfile</c> named explicitly, if any.</param>
internal sealed record ComposeService(
    YamlScalar Name,
    ManifestValue? Image,
    string? BuildContext,
    string? Dockerfile,
    ManifestValue? Platform,
    ImmutableArray<ComposeVariable> Environment);
