using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// A name listed twice in one list ("- A: 1" … "- A: 2") gives the fleet only one of the two defaults,
/// and which one is not obvious from the file. Twice in one mapping is a duplicate key (CAT106) instead.
/// </summary>
internal sealed class VariablesMustBeDefinedOnce : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var list in context.Manifest.Variables.GroupBy(v => v.Kind))
        {
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var variable in list)
            {
                if (first.TryAdd(variable.Name, variable.Key.Span.Line))
                {
                    continue;
                }

                yield return DiagnosticCodes.DuplicateVariable.Create(
                    $"'{variable.Name}' is defined twice in {variable.Section}, on line {first[variable.Name]} and again on line {variable.Key.Span.Line}; " +
                    "only one of the two defaults reaches the fleet: keep one and remove the other",
                    context.File, variable.Key.Span);
            }
        }
    }
}
