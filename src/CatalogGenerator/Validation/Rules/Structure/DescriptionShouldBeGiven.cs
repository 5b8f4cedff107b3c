using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary>The catalog and balenaHub show the <c>description</c> under the name; it is how a visitor learns what the project does.</summary>
internal sealed class DescriptionShouldBeGiven : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var description = context.Manifest.Description;
        if (!string.IsNullOrWhiteSpace(description?.Text))
        {
            yield break;
        }

        yield return DiagnosticCodes.DescriptionMissing.Create(
            $"'description' is {(description is null ? "missing" : "empty")}; the catalog and balenaHub show it under the name so visitors know what the project does: "
                + "add one sentence on what it does for the person who deploys it, such as 'description: Turns a Raspberry Pi into a network-wide ad blocker'",
            context.File,
            description?.Span ?? ManifestSpans.Top(context.Manifest, "description"));
    }
}
