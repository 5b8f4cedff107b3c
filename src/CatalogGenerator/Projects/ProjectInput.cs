using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects.Compose;

namespace FleetCatalog.Projects;

/// <summary>
/// Everything validation looks at for one project, already read from disk (or from git, later):
/// the manifest, the compose file, the Dockerfiles, the README, and which repository it is.
/// </summary>
/// <param name="Manifest">The manifest's text, or null when it could not be read (see <see cref="ReadDiagnostics"/>).</param>
/// <param name="Repository">The repository the project lives in, when known (catalog entry, git remote or --repository).</param>
internal sealed record ProjectInput(
    string ManifestPath,
    ProjectFile? Manifest,
    ComposeFile? Compose,
    ImmutableArray<ProjectFile> Dockerfiles,
    ProjectFile? Readme,
    string? Repository,
    ImmutableArray<Diagnostic> ReadDiagnostics)
{
    /// <summary>The host's facts about the repository, when it was asked (a build online); null for a local validate.</summary>
    public RemoteRepository? Remote { get; init; }

    /// <summary>The same project without the files' texts (validated already): what a snapshot keeps for the site.</summary>
    public ProjectInput WithoutFiles() => this with { Manifest = null, Compose = null, Dockerfiles = [], Readme = null };

    public static ProjectInput ManifestOnly(string path, ProjectFile? manifest, ImmutableArray<Diagnostic> diagnostics) =>
        new(path, manifest, null, [], null, null, diagnostics);
}
