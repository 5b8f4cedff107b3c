using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// balena's API refuses a variable whose name has anything but letters, digits and underscores, starts
/// with a digit, or is one of its reserved names; the fleet is then created without it.
/// </summary>
internal sealed class VariableNamesMustBeValid : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var variable in context.Manifest.Variables)
        {
            var name = variable.Name;
            if (BalenaVariableNames.IsReserved(name))
            {
                yield return DiagnosticCodes.InvalidVariableName.Create(
                    $"'{name}' is a name balena reserves ({string.Join(", ", BalenaVariableNames.ReservedNames)}) and refuses for variables; rename it, for example to 'APP_{name}'",
                    context.File, variable.Key.Span);
            }
            else if (!BalenaVariableNames.IsValid(name))
            {
                var corrected = BalenaVariableNames.Corrected(name);
                yield return DiagnosticCodes.InvalidVariableName.Create(
                    $"'{name}' is not a valid variable name: balena accepts only letters, digits and underscores, not starting with a digit" +
                    (corrected is null ? "; rename it" : DidYouMean.Phrase([corrected])),
                    context.File, variable.Key.Span);
            }
        }
    }
}
