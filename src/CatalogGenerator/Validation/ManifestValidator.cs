using System.Collections.Immutable;
using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;
using FleetCatalog.Projects;
using FleetCatalog.Yaml;

namespace FleetCatalog.Validation;

/// <summary>Reads a project's manifest and runs every rule on it; the result is its sorted diagnostics.</summary>
internal sealed class ManifestValidator(DeviceRegistry devices, IReadOnlyList<IManifestRule> rules)
{
    public ManifestValidator(DeviceRegistry devices)
        : this(devices, ManifestRules.All)
    {
    }

    public ValidationResult Validate(ProjectInput project)
    {
        var diagnostics = new List<Diagnostic>(project.ReadDiagnostics);
        var manifest = Read(project, diagnostics);
        if (manifest is not null)
        {
            var context = new ValidationContext(project, manifest, devices);
            var found = new List<Diagnostic>();
            foreach (var rule in rules)
            {
                Run(rule, context, found);
                diagnostics.AddRange(found);
            }
        }

        return new ValidationResult(project, manifest, Sort(diagnostics));
    }

    /// <summary>
    /// The manifest as read, without running the rules: for a project whose findings were kept from an earlier
    /// validation of the same files (<see cref="ValidationResult.Manifest"/> is what the site shows).
    /// </summary>
    public static ProjectManifest? ReadManifest(ProjectInput project) => Read(project, []);

    // A bug in one rule must not hide what the others found, nor crash the build of other projects.
    // What the rule found goes into found (cleared first), all of it or, when the rule fails part way, none of it.
    private static void Run(IManifestRule rule, ValidationContext context, List<Diagnostic> found)
    {
        found.Clear();
        try
        {
            found.AddRange(rule.Check(context));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            found.Clear();
            found.Add(DiagnosticCodes.InternalError.Create(
                $"rule {rule.GetType().Name} failed on this file ({e.GetType().Name}: {e.Message}); this is a bug in the catalog tool, please report it with the file",
                context.File, SourceSpan.None));
        }
    }

    private static ProjectManifest? Read(ProjectInput project, List<Diagnostic> diagnostics)
    {
        if (project.Manifest is null)
        {
            return null;
        }

        var yaml = YamlDocumentReader.Read(project.Manifest.Text, project.Manifest.Path);
        diagnostics.AddRange(yaml.Diagnostics);
        if (yaml.Root is null)
        {
            if (yaml.Diagnostics.IsEmpty)
            {
                diagnostics.Add(DiagnosticCodes.EmptyFile.Create(
                    $"'{project.Manifest.Path}' holds only comments; a balena.yml needs at least 'name' and 'type'",
                    project.Manifest.Path, SourceSpan.None));
            }

            return null;
        }

        var (manifest, problems) = ManifestReader.Read(yaml.Root, project.Manifest.Path);
        diagnostics.AddRange(problems);
        return manifest;
    }

    private static ImmutableArray<Diagnostic> Sort(List<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal),
    ];
}
