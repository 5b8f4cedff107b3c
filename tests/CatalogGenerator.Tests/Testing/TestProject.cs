using System.Collections.Immutable;
using System.Text;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Projects;
using FleetCatalog.Validation;

namespace FleetCatalog.Tests.Testing;

/// <summary>Validates manifests and small projects written by a test, through the same loader the CLI uses.</summary>
internal static class TestProject
{
    /// <summary>Validates <paramref name="yaml"/> as a lone balena.yml.</summary>
    public static ImmutableArray<Diagnostic> ValidateManifest(string yaml, string? repository = null) =>
        new ManifestValidator(DeviceRegistry.Default).Validate(ProjectLoader.FromText("balena.yml", Encoding.UTF8.GetBytes(yaml), repository)).Diagnostics;

    /// <summary>Validates a lone balena.yml of a repository whose host reported <paramref name="remote"/>.</summary>
    public static ImmutableArray<Diagnostic> ValidateManifest(string yaml, string repository, RemoteRepository remote) =>
        new ManifestValidator(DeviceRegistry.Default)
            .Validate(ProjectLoader.FromText("balena.yml", Encoding.UTF8.GetBytes(yaml), repository) with { Remote = remote })
            .Diagnostics;

    /// <summary>Writes the files into a fresh folder and validates it as a project directory.</summary>
    public static ImmutableArray<Diagnostic> ValidateDirectory(params (string Path, string Text)[] files) =>
        ValidateDirectory(repository: null, files);

    public static ImmutableArray<Diagnostic> ValidateDirectory(string? repository, params (string Path, string Text)[] files)
    {
        using var dir = new TempDirectory();
        foreach (var (path, text) in files)
        {
            dir.Write(path, text);
        }

        return new ManifestValidator(DeviceRegistry.Default).Validate(ProjectLoader.FromDirectory(dir.Path, repository)).Diagnostics;
    }

    /// <summary>Only the diagnostics with this code.</summary>
    public static IReadOnlyList<Diagnostic> WithCode(this ImmutableArray<Diagnostic> diagnostics, DiagnosticDescriptor descriptor) =>
        diagnostics.Where(d => d.Code == descriptor.Code).ToList();
}
