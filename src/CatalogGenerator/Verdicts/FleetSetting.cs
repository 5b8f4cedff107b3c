using System.Collections.Immutable;
using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;

namespace FleetCatalog.Verdicts;

/// <summary>A variable a deploy creates on the new fleet, with the default it gets, as the site shows it.</summary>
/// <param name="Name">The variable's name, without invisible characters.</param>
/// <param name="Default">The value the fleet gets (without invisible characters); null when there is none.</param>
/// <param name="MustSet">No usable default: the maker has to type a value in before the project works.</param>
internal sealed record FleetSetting(string Name, VariableKind Kind, string? Default, bool MustSet)
{
    /// <summary>Every variable of the manifest, in its order; <paramref name="diagnostics"/> are the project's findings after waivers.</summary>
    public static ImmutableArray<FleetSetting> Of(ProjectManifest? manifest, IEnumerable<Diagnostic> diagnostics)
    {
        // A placeholder default (CAT401) is as good as none: the person deploying must type a value.
        var placeholders = diagnostics.Where(d => d.Code == DiagnosticCodes.PlaceholderDefault.Code).Select(d => d.Span.Line).ToHashSet();
        return [.. (manifest?.Variables ?? []).Select(v => new FleetSetting(
            v.ShownName,
            v.Kind,
            v.Value?.Shown,
            v.Value?.Text is null || placeholders.Contains(v.Value.Span.Line)))];
    }
}
