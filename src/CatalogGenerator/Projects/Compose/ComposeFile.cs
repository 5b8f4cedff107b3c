using System.Collections.Immutable;

namespace FleetCatalog.Projects.Compose;

/// <summary>A docker-compose.yml as far as the catalog reads it: its services.</summary>
internal sealed record ComposeFile(string Path, ImmutableArray<ComposeService> Services);
