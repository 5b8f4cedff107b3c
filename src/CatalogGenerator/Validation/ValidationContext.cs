using FleetCatalog.Devices;
using FleetCatalog.Manifests;
using FleetCatalog.Projects;

namespace FleetCatalog.Validation;

/// <summary>What a rule sees: the project's files, its manifest as read, and the device registry.</summary>
internal sealed record ValidationContext(ProjectInput Project, ProjectManifest Manifest, DeviceRegistry Devices)
{
    /// <summary>The manifest file's path, which most diagnostics point into.</summary>
    public string File => Manifest.File;
}
