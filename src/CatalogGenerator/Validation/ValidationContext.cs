using FleetCatalog.Devices;
using FleetCatalog.Manifests;
using FleetCatalog.Projects;
using FleetCatalog.Projects.DeployButtons;
using FleetCatalog.Validation.Rules.Hardware;

namespace FleetCatalog.Validation;

/// <summary>
/// What a rule sees: the project's files, its manifest as read, and the device registry. What several rules derive
/// from the same files (the README's deploy links, which repository this is, the boards listed) is worked out once
/// per project, on first use: each rule asking again was a third of validating a project. One project's rules run
/// one after another, so the context is not shared between threads.
/// </summary>
internal sealed class ValidationContext(ProjectInput project, ProjectManifest manifest, DeviceRegistry devices)
{
    private IReadOnlyList<DeployButtonLink>? readmeDeployButtons;
    private (RepositoryUrl? Url, bool FromManifest)? repository;
    private IReadOnlyList<DeviceTypeReference>? supported;
    private (DeviceTypeReference? Reference, bool Resolved) defaultType;

    public ProjectInput Project { get; } = project;

    public ProjectManifest Manifest { get; } = manifest;

    public DeviceRegistry Devices { get; } = devices;

    /// <summary>The manifest file's path, which most diagnostics point into.</summary>
    public string File => Manifest.File;

    /// <summary>The README's links to balena's deploy page; empty without a README.</summary>
    public IReadOnlyList<DeployButtonLink> ReadmeDeployButtons =>
        readmeDeployButtons ??= Project.Readme is { } readme ? DeployButtonFinder.Find(readme.Text) : [];

    /// <summary>
    /// The repository being validated (catalog entry, git remote or --repository), else the one the manifest claims
    /// (assets.repository); <c>FromManifest</c> says which, so that a message can say what it compared against.
    /// </summary>
    public (RepositoryUrl? Url, bool FromManifest) KnownOrClaimedRepository =>
        repository ??= RepositoryUrl.Parse(Project.Repository) is { } known
            ? (known, false)
            : (RepositoryUrl.Parse(Manifest.Repository?.Url?.Text), true);

    /// <summary><c>supportedDeviceTypes</c>, each resolved against the registry.</summary>
    public IReadOnlyList<DeviceTypeReference> SupportedDeviceTypes =>
        supported ??= [.. Manifest.SupportedDeviceTypes.Select(v => ListedDeviceTypes.Resolve(Devices, v, ListedDeviceTypes.SupportedKey))];

    /// <summary>The <c>defaultDeviceType</c> resolved, or null when it is missing or empty.</summary>
    public DeviceTypeReference? DefaultDeviceType
    {
        get
        {
            if (!defaultType.Resolved)
            {
                defaultType = (Manifest.DefaultDeviceType is { Text: { Length: > 0 } } value
                    ? ListedDeviceTypes.Resolve(Devices, value, ListedDeviceTypes.DefaultKey)
                    : null, true);
            }

            return defaultType.Reference;
        }
    }
}
