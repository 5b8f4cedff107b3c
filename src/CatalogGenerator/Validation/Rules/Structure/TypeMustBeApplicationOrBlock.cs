using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;

namespace FleetCatalog.Validation.Rules.Structure;

/// <summary><c>balena deploy</c> refuses a manifest whose <c>type</c> is missing or not one of its two contract types.</summary>
internal sealed class TypeMustBeApplicationOrBlock : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var type = context.Manifest.Type;
        if (type is null || type.Text is null)
        {
            // The old layouts have no type at all; their own rules show the whole rewrite, type included.
            if (context.Manifest.Layout == ManifestLayout.Current || (context.Manifest.Layout == ManifestLayout.FlatV1 && !FlatV1LayoutMustBeRewritten.RewritesWholeFile(context.Manifest)))
            {
                yield return DiagnosticCodes.TypeMissing.Create(
                    "'type' is missing; balena deploy refuses a balena.yml without it: add 'type: sw.application' (a fleet or app) or 'type: sw.block' (a reusable block)",
                    context.File, type?.Span ?? SourceSpan.At(1, 1));
            }

            yield break;
        }

        if (!ManifestKeys.Types.Contains(type.Text))
        {
            var suggestion = DidYouMean.Phrase([Likely(type.Text)]);
            yield return DiagnosticCodes.TypeInvalid.Create(
                $"'type' is '{type.Raw}', but balena accepts only 'sw.application' or 'sw.block'{suggestion}",
                context.File, type.Span);
        }
    }

    // "app", "application", "sw.app", "sw.fleet" all mean an application; only "block" means a block.
    private static string Likely(string text) =>
        text.Contains("block", StringComparison.OrdinalIgnoreCase) ? "sw.block" : "sw.application";
}
