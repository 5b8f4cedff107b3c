using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// A variable listed without a value shows up as required in the deploy dialog: nobody can deploy the
/// project without first typing something in, which is the opposite of working by default.
/// </summary>
internal sealed class VariablesMustHaveDefaults : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var variable in context.Manifest.Variables.Where(v => v.HasNoDefault))
        {
            // "API_KEY: null" and "API_KEY: ~" read as nothing too, which surprises people.
            var raw = variable.Value!.Raw;
            var written = raw.Length > 0 ? $" ('{raw}' means no value in YAML)" : string.Empty;
            var kind = variable.Kind == VariableKind.Config ? "config variable" : "variable";
            yield return DiagnosticCodes.VariableWithoutDefault.Create(
                $"{kind} '{variable.Name}' has no default value{written}, so whoever deploys this project must type one in before the first deploy; " +
                $"give it a default that works, such as '{variable.Name}: \"\"' if the project copes without it, or a sensible value",
                context.File, variable.Key.Span);
        }
    }
}
